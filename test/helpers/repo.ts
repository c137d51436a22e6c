// A throwaway git repository plus a runner for the real built CLI (bin/incident.cjs and dist/).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'incident.cjs');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface TestRepo {
  dir: string;
  /** `full`: through the full CLI (dist/cli.js) even for a lane, as when a lane hands over. */
  run(args: string[], opts?: { env?: Record<string, string | undefined>; cwd?: string; full?: boolean }): RunResult;
  read(rel: string): string;
  write(rel: string, text: string | Buffer): void;
  cleanup(): void;
}

/**
 * Builds dist/ (`node scripts/build.mjs`) when it is missing or older than its sources: a test of
 * the built CLI must not pass or fail on yesterday's code. One build at a time across test
 * processes (a lock directory); the others wait, then find dist/ fresh.
 */
export function ensureBuilt(): void {
  if (!distIsStale()) return;
  const lock = path.join(os.tmpdir(), `casefile-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock older than any build is left by a killed process.
      if (Date.now() - (mtimeOf(lock) ?? Date.now()) > 60_000) fs.rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`ensureBuilt: ${lock} held for 2 minutes`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (!distIsStale()) return; // built by the process that held the lock
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** dist/ is missing, or a file it is built from is newer than its oldest file. */
export function distIsStale(root = ROOT): boolean {
  const built = oldestMtime(path.join(root, 'dist'));
  if (built === undefined || !fs.existsSync(path.join(root, 'dist', 'cli.js'))) return true;
  const sources = ['src', 'templates', path.join('scripts', 'build.mjs'), 'package.json'];
  return sources.some((source) => (newestMtime(path.join(root, source)) ?? 0) > built);
}

function mtimeOf(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function filesUnder(dir: string): string[] {
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!stat) return [];
  if (!stat.isDirectory()) return [dir];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
}

/** The newest or oldest mtime of the files (not directories) at or under `dir`. */
function newestMtime(dir: string): number | undefined {
  return fileMtimes(dir).reduce<number | undefined>((a, m) => (a === undefined || m > a ? m : a), undefined);
}

function oldestMtime(dir: string): number | undefined {
  return fileMtimes(dir).reduce<number | undefined>((a, m) => (a === undefined || m < a ? m : a), undefined);
}

function fileMtimes(dir: string): number[] {
  const stats = filesUnder(dir).map((file) => fs.statSync(file, { throwIfNoEntry: false }));
  return stats.filter((stat) => stat?.isFile()).map((stat) => stat!.mtimeMs);
}

let cli: string | undefined;

/**
 * bin/incident.cjs and dist/, copied once per test process: other work may rebuild dist/ (which
 * deletes it first) while tests run. Retries until the copy has every chunk its files import.
 */
export function snapshotCli(): string {
  if (cli) return cli;
  for (let attempt = 0; ; attempt++) {
    if (attempt % 10 === 0) ensureBuilt();
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bin-'));
    try {
      fs.cpSync(path.join(ROOT, 'dist'), path.join(copy, 'dist'), { recursive: true });
      fs.cpSync(BIN, path.join(copy, 'bin', 'incident.cjs'));
      fs.writeFileSync(path.join(copy, 'package.json'), '{ "type": "module" }\n');
      if (complete(path.join(copy, 'dist'))) {
        process.on('exit', () => fs.rmSync(copy, { recursive: true, force: true }));
        return (cli = path.join(copy, 'bin', 'incident.cjs'));
      }
    } catch (error) {
      if (attempt >= 20) throw error;
    }
    fs.rmSync(copy, { recursive: true, force: true });
    if (attempt >= 20) throw new Error('dist/ keeps changing; could not copy a complete build');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250); // let the other build finish
  }
}

/** Every `./x.js` a bundle file imports exists next to it. */
function complete(dist: string): boolean {
  const files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  if (!files.includes('cli.js')) return false;
  return files.every((f) => {
    const dir = path.dirname(path.join(dist, f));
    const refs = fs.readFileSync(path.join(dist, f), 'utf8').matchAll(/["']\.\/([\w/-]+\.js)["']/g);
    return [...refs].every((m) => fs.existsSync(path.join(dir, m[1]!)));
  });
}

export function makeRepo(): TestRepo {
  const bin = snapshotCli();
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-cli-')));
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  git('init', '-q');
  git('config', 'user.name', 'Test User');
  git('config', 'user.email', 'test@example.com');
  return {
    dir,
    run(args, opts = {}) {
      const env: Record<string, string | undefined> = {
        ...process.env, CASEFILE_DEBUG: undefined,
        CASEFILE_NOW: '2026-03-01T14:05:00Z', GIT_AUTHOR_NAME: 'Alice Example', TZ: 'UTC',
        // The lanes' code caches beside the copied CLI, removed with it (not in the user's ~/.cache).
        XDG_CACHE_HOME: path.join(bin, '..', '..', 'cache'),
        ...opts.env,
      };
      for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
      const full = `const { main } = await import(${JSON.stringify(pathToFileURL(path.join(bin, '..', '..', 'dist', 'cli.js')).href)});
        process.exitCode = await main(process.argv.slice(1));`;
      const r = spawnSync(process.execPath, [...(opts.full ? ['--input-type=module', '-e', full] : [bin]), ...args], {
        cwd: opts.cwd ? path.resolve(dir, opts.cwd) : dir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
      });
      if (r.error) throw r.error;
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    read: (rel) => fs.readFileSync(path.join(dir, rel), 'utf8'),
    write(rel, text) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
