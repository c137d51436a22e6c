// A throwaway git repository plus a runner for the real built CLI (bin/incident.cjs and dist/).
import { spawnSync } from 'node:child_process';
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

/** Builds dist/ once when it is missing (`node scripts/build.mjs`). */
export function ensureBuilt(): void {
  if (fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) return;
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
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
