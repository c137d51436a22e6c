// Where things are: the repository root, its config, its incident files.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { resolveConfig, type Config } from '../core/config/config.ts';
import { UsageError } from '../core/util/errors.ts';
import { nearest } from '../core/util/nearest.ts';
import { isPlainName } from '../core/util/chars.ts';
import { parseSimpleYaml } from '../core/yaml/simple-yaml.ts';
import { childPath, withSep } from './paths.ts';

export const CONFIG_FILE = '.incident.yml';

export interface Repo {
  root: string;
  cwd: string;
  config: Config;
  incidentsDir: string;
  /** Runs after a command has written an incident file (the commands' context sets it: the merge driver check). */
  afterWrite?: () => void;
}

/** The nearest directory holding `.incident.yml`, else the nearest git work tree, else cwd. */
export function findRoot(cwd: string): string {
  let gitRoot: string | undefined;
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(childPath(dir, CONFIG_FILE))) return dir;
    if (!gitRoot && existsSync(childPath(dir, '.git'))) gitRoot = dir;
    if (dirname(dir) === dir) return gitRoot ?? cwd;
  }
}

export interface RepoOverrides {
  /** A config file other than `<root>/.incident.yml` (relative to cwd); it must exist. */
  configFile?: string;
  /** An incidents directory other than the config's (relative to cwd). */
  incidentsDir?: string;
}

export async function openRepo(cwd: string, overrides: RepoOverrides = {}): Promise<Repo> {
  const root = findRoot(cwd);
  let configPath = childPath(root, CONFIG_FILE);
  if (overrides.configFile) {
    configPath = resolve(cwd, overrides.configFile);
    if (!existsSync(configPath)) throw new UsageError(`Unexpected config file "${overrides.configFile}", expected an existing file`);
  }
  const config = await loadConfig(configPath, configPath === childPath(cwd, CONFIG_FILE) ? CONFIG_FILE : relative(cwd, configPath) || CONFIG_FILE);
  const incidentsDir = overrides.incidentsDir ? resolve(cwd, overrides.incidentsDir) : withoutTrailingSep(childPath(root, config.incidents_dir));
  return { root, cwd, config, incidentsDir };
}

/** `incidents/` as `incidents`: paths built from it, and the caches' keys, then have one spelling. */
const withoutTrailingSep = (dir: string) => (dir.length > 1 && dir.endsWith(sep) ? dir.slice(0, -1) : dir);

const ONLY_COMMENTS = /^(?:[ ]*(?:#[^\r\n]*)?\r?\n)*[ ]*(?:#[^\r\n]*)?$/;

async function loadConfig(path: string, shown: string): Promise<Config> {
  if (!existsSync(path)) return resolveConfig(undefined);
  const text = readFileSync(path, 'utf8');
  // The fast reader covers plain configs; the YAML parser (loaded only then) the rest and errors.
  const simple = parseSimpleYaml(text);
  if (simple) return resolveConfig(simple.data, shown);
  // Only comments and blank lines (the simple reader leaves "no keys" to the parser): yaml's null.
  if (ONLY_COMMENTS.test(text)) return resolveConfig(undefined);
  const { parseYamlFile } = await import('../core/document/document.ts');
  return resolveConfig(parseYamlFile(text, shown), shown);
}

/** The file of an incident id; ids are file names, so this never scans the directory. */
export function incidentPath(repo: Repo, id: string): string {
  // A file where an id goes (`incidents/x.md`, what a shell completes): the file, if it is one of the incidents directory's.
  if ((id.includes('/') || id.includes('\\')) && id.endsWith('.md')) {
    const file = resolve(repo.cwd, id);
    if (dirname(file) === resolve(repo.incidentsDir)) return file;
    throw new UsageError(`Unexpected file "${id}", expected an incident id or a file in ${display(repo, repo.incidentsDir) || '.'}/`);
  }
  if (!isPlainName(id) || id.includes('..')) {
    throw new UsageError(`Unexpected incident id "${id}", expected a file name like 2026-03-01-database-outage`);
  }
  return childPath(repo.incidentsDir, id.endsWith('.md') ? id : `${id}.md`);
}

/** A path as the user should read it: relative to where they stand. */
export function display(repo: Repo, path: string): string {
  // The common case without path.relative (validate shows thousands of paths): below cwd, already normal.
  const below = withSep(repo.cwd);
  if (path.startsWith(below) && !path.includes(`${sep}.`, below.length - 1)) return path.slice(below.length) || path;
  return relative(repo.cwd, path) || path;
}

/** Every incident file name (without `.md`), sorted; [] when the directory does not exist yet. */
export function listIncidentIds(repo: Repo): string[] {
  return incidentIdsIn(directoryNames(repo));
}

/** Everything in the incidents directory, as readdir gives it; [] when the directory does not exist yet. */
export function directoryNames(repo: Repo): string[] {
  return existsSync(repo.incidentsDir) ? readdirSync(repo.incidentsDir) : [];
}

/** The incident ids among a directory's names (directoryNames), sorted. */
export function incidentIdsIn(names: readonly string[]): string[] {
  return incidentFiles(names, (name) => name.slice(0, -3));
}

/** Every incident file's path, sorted (by name: the order of their paths too); [] when the directory does not exist yet. */
export function listIncidentFiles(repo: Repo): string[] {
  return incidentFilesIn(repo, directoryNames(repo));
}

/** The paths of the incident files among `names` (directoryNames), sorted. */
export function incidentFilesIn(repo: Repo, names: readonly string[]): string[] {
  const dir = withSep(repo.incidentsDir);
  return incidentFiles(names, (name) => dir + name);
}

/**
 * `as` of each incident file's name, sorted by what `as` gives. One pass, without a sort when they
 * come in order (readdir's names come sorted: libuv sorts them). `log` without an id lists 10,000
 * files after every write: 12.0 ms of CPU with the readdir, against 12.8 with a filter, a map and
 * a sort (Node 24, medians of 25 interleaved runs, a loaded machine).
 */
function incidentFiles(names: readonly string[], as: (name: string) => string): string[] {
  const out: string[] = [];
  let sorted = true;
  for (const name of names) {
    if (!isIncidentFileName(name)) continue;
    const item = as(name);
    if (sorted && out.length > 0 && !(out[out.length - 1]! < item)) sorted = false;
    out.push(item);
  }
  return sorted ? out : out.sort();
}

/** Whether a name in the incidents directory is an incident's file: `<id>.md`, not hidden. */
export const isIncidentFileName = (name: string): boolean => name.endsWith('.md') && !name.startsWith('.');

/** `.git/casefile/` of a clone whose .git is a directory: state of this clone, never committed. */
export function cloneStateDir(root: string): string | undefined {
  const git = join(root, '.git');
  return existsSync(git) && statSync(git).isDirectory() ? join(git, 'casefile') : undefined;
}

/** The one line for an id that has no file: names the file and the nearest ids (edit distance). */
export function unknownIncident(repo: Repo, id: string): UsageError {
  const typed = basename(id).replace(/\.md$/, '');
  const close = nearest(typed, listIncidentIds(repo));
  const hint = close.length ? `; did you mean ${close.join(', ')}?` : '';
  return new UsageError(`Unknown incident "${id}": no file ${display(repo, incidentPath(repo, id))}${hint}`);
}
