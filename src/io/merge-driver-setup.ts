// Installing the merge driver for incident files, and making sure every clone has it.
// `.gitattributes` routes incident files to the driver (committed, shared by every clone); git
// config says how to run it (per clone or per user: git never takes commands from a repository).
// The command runs the very Casefile that installed it (a devDependency, a global install under
// any prefix, a clone run as `node .../bin/incident.cjs`), and finds another when that one is gone.
import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CommandError } from '../core/util/errors.ts';
import { childPath } from './paths.ts';

export const DRIVER_NAME = 'casefile';
const DRIVER_DESCRIPTION = 'Casefile incident files: timelines, threads, evidence and action items merged as sets';
const ARGS = 'merge-driver %O %A %B %P';
/** What `incident init` wrote before the driver named its own Casefile: replaced by --install and by writes. */
const OLD_COMMAND = `npx --no-install incident ${ARGS}`;
/** How the commands this module writes begin: one of them is ours to replace. */
const OURS = 'casefile=';

export type MergeDriverMode = 'auto' | 'warn' | 'off';

/** A shell word (git runs the driver with sh): single quotes, each ' written as '\''. */
const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The bin of the Casefile running now (bin/incident.cjs, symlinks such as node_modules/.bin/incident
 * followed), or undefined when this process was not started through it (a test calling commands).
 */
export function casefileBin(argv1: string | undefined = process.argv[1]): string | undefined {
  if (!argv1) return undefined;
  try {
    const real = realpathSync(argv1);
    return basename(real) === 'incident.cjs' && existsSync(join(dirname(real), '..', 'package.json')) ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The driver command for git config: this Casefile with this Node (`node` on PATH when that Node
 * is gone); when this Casefile is gone, the repository's own (node_modules/.bin, git runs drivers
 * at the work tree's top), else `incident` on PATH. git replaces %O %A %B %P (%P quoted).
 */
export function driverCommand(bin = casefileBin(), node = process.execPath): string {
  const fallback = `if [ -x node_modules/.bin/incident ]; then exec node_modules/.bin/incident ${ARGS}; else exec incident ${ARGS}; fi`;
  if (!bin) return `${OURS}; ${fallback}`;
  return `${OURS}${sq(bin)}; node=${sq(node)}; [ -x "$node" ] || node=node; ` +
    `if [ -f "$casefile" ]; then exec "$node" "$casefile" ${ARGS}; ${fallback.replace(/^if /, 'elif ')}`;
}

/** A driver command Casefile wrote (this one or an older one): --install and writes may replace it. */
export const isCasefileCommand = (command: string) => command === OLD_COMMAND || command.startsWith(OURS);

/** The `.gitattributes` line for the incidents directory. */
export const attributesLine = (incidentsDir: string) => `${incidentsDir.replace(/\\/g, '/').replace(/\/$/, '')}/*.md merge=${DRIVER_NAME}`;

type Git = (...args: string[]) => { status: number | null; stdout: string; stderr: string; error?: Error };

// node:child_process is loaded only when git is run (a clone without the driver): imported, it
// cost every write command its load at start-up, with net and streams (`incident severity` took
// 42.0 ms of CPU with the import, 37.5 ms without, on Node 24; `node -e 0`: 24.7 ms).
const gitIn = (cwd: string, env: NodeJS.ProcessEnv): Git => (...args) =>
  process.getBuiltinModule('node:child_process').spawnSync('git', args, { cwd, encoding: 'utf8', env });

export interface InstallOptions {
  /** For the user (git config --global), as `git lfs install` does; no .gitattributes is written. */
  global?: boolean;
  /** The command to write (default: driverCommand()). */
  command?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Writes the `.gitattributes` line (not with `global`) and the git config, and returns what was
 * written. A driver someone set up their own way is left alone; one Casefile wrote is brought up
 * to date (it may name a Casefile that has moved, or npx, which cannot find every install).
 */
export function installMergeDriver(root: string, incidentsDir: string, options: InstallOptions = {}): string[] {
  const written: string[] = [];
  if (!options.global) {
    const attributes = join(root, '.gitattributes');
    const line = attributesLine(incidentsDir);
    const current = existsSync(attributes) ? readFileSync(attributes, 'utf8') : '';
    if (!current.split(/\r?\n/).some((l) => l.trim() === line)) {
      writeFileSync(attributes, current + (current && !current.endsWith('\n') ? '\n' : '') + line + '\n');
      written.push('.gitattributes');
    }
    if (!gitDir(root)) return written; // not a clone (yet): `incident merge-driver --install` later
  }
  if (writeDriverConfig(root, options)) written.push(`git config ${options.global ? '--global ' : ''}merge.${DRIVER_NAME}.driver`);
  return written;
}

/** The git config part: true when written (absent, or an older command of Casefile's). */
function writeDriverConfig(root: string, options: InstallOptions): boolean {
  const scope = options.global ? '--global' : '--local';
  const git = gitIn(root, options.env ?? process.env);
  const command = options.command ?? driverCommand();
  const current = git('config', scope, '--get', `merge.${DRIVER_NAME}.driver`).stdout.trim();
  if (current === command || (current && !isCasefileCommand(current))) return false;
  for (const [key, value] of [['name', DRIVER_DESCRIPTION], ['driver', command]] as const) {
    const r = git('config', scope, `merge.${DRIVER_NAME}.${key}`, value);
    if (r.error || r.status !== 0) throw new CommandError(`git config ${scope} merge.${DRIVER_NAME}.${key} failed: ${r.error?.message ?? r.stderr.trim()}`);
  }
  return true;
}

/** The driver set up by someone else, kept as it is (for `merge-driver --install` to say so). */
export function customDriver(root: string, options: Pick<InstallOptions, 'global' | 'env'> = {}): string | undefined {
  const git = gitIn(root, options.env ?? process.env);
  const current = git('config', options.global ? '--global' : '--local', '--get', `merge.${DRIVER_NAME}.driver`).stdout.trim();
  return current && !isCasefileCommand(current) ? current : undefined;
}

// ---------------------------------------------------------------------------------------------
// Every write command: a clone whose .gitattributes names the driver but whose git config lacks
// it would turn the next `git pull` into conflicts. Cheap in the usual case: two small reads.

/**
 * `auto` installs the driver in this clone and says so (once: it is there afterwards); `warn` says
 * how to install it; `off` does nothing. Never fails the command that called it.
 */
export function ensureMergeDriver(root: string, mode: MergeDriverMode | undefined, env: NodeJS.ProcessEnv, warn: (line: string) => void): void {
  // CASEFILE_MERGE_DRIVER=off: a checkout that never merges (IssueOps: it starts again from the new tip).
  if (mode === 'off' || env.CASEFILE_MERGE_DRIVER === 'off') return;
  try {
    if (!namesDriver(root)) return;
    const dir = gitDir(root);
    if (!dir) return;
    let found: string | undefined;
    for (const file of configFiles(dir, env)) if ((found = driverIn(file)) !== undefined) break;
    if (found !== undefined && found !== OLD_COMMAND) return;
    let old = found === OLD_COMMAND;
    if (!old) {
      // Includes, the system config, GIT_CONFIG_* in the environment: git itself has the last word.
      const asked = gitIn(root, env)('config', '--get', `merge.${DRIVER_NAME}.driver`);
      if (asked.error || (asked.stdout.trim() && asked.stdout.trim() !== OLD_COMMAND)) return;
      old = asked.stdout.trim() === OLD_COMMAND;
    }
    if (mode === 'warn') {
      warn(old
        ? `this clone's merge driver for incident files runs npx, which cannot find every install of Casefile: incident merge-driver --install`
        : `this clone has no merge driver for incident files (.gitattributes names it), so git pull may end in conflicts: incident merge-driver --install`);
      return;
    }
    if (writeDriverConfig(root, { env })) {
      warn(`${old ? 'updated' : 'installed'} the merge driver for incident files in this clone (git config merge.${DRIVER_NAME}.driver); merge_driver: off in .incident.yml stops this`);
    }
  } catch (error) {
    warn(`could not install the merge driver for incident files (${(error as Error).message}): incident merge-driver --install`);
  }
}

/** `.gitattributes` at the root routes some files to `merge=casefile`. */
function namesDriver(root: string): boolean {
  let text: string;
  try {
    text = readFileSync(childPath(root, '.gitattributes'), 'utf8');
  } catch {
    return false;
  }
  return new RegExp(`(^|\\s)merge=${DRIVER_NAME}(\\s|$)`, 'm').test(text);
}

/**
 * The git directory of the work tree holding `root`, undefined outside one. A `.git` file (a linked
 * work tree, a submodule) leads to the directory it names, and a linked work tree's config is in
 * the common directory.
 */
function gitDir(root: string): string | undefined {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const dotGit = childPath(dir, '.git');
    const st = statSync(dotGit, { throwIfNoEntry: false });
    if (st?.isDirectory()) return dotGit;
    if (st?.isFile()) {
      const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
      if (!m) return undefined;
      const linked = resolve(dir, m[1]!);
      const common = join(linked, 'commondir');
      return existsSync(common) ? resolve(linked, readFileSync(common, 'utf8').trim()) : linked;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The repository's config, then the user's. */
function configFiles(dir: string, env: NodeJS.ProcessEnv): string[] {
  const common = dir;
  // node:os only without HOME: loading it costs a lane 0.3 ms.
  const home = env.HOME ?? (process.getBuiltinModule('node:os') as typeof import('node:os')).homedir();
  return [
    childPath(common, 'config'),
    env.GIT_CONFIG_GLOBAL ?? childPath(home, '.gitconfig'),
    env.XDG_CONFIG_HOME ? childPath(env.XDG_CONFIG_HOME, 'git', 'config') : childPath(home, '.config', 'git', 'config'),
  ];
}

/** The `driver =` value in a `[merge "casefile"]` section of a git config file (as written, unquoted). */
function driverIn(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let inSection = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inSection = new RegExp(`^\\[\\s*merge\\s+"${DRIVER_NAME}"\\s*\\]`, 'i').test(line);
      continue;
    }
    const m = inSection && /^driver\s*=\s*(\S.*)$/i.exec(line);
    if (m) return m[1]!.trim();
  }
  return undefined;
}
