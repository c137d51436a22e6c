// A throwaway git repository plus a runner for the real built CLI (dist/ via bin/incident.js).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'incident.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface TestRepo {
  dir: string;
  run(args: string[], opts?: { env?: Record<string, string | undefined>; cwd?: string }): RunResult;
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

export function makeRepo(): TestRepo {
  ensureBuilt();
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
        ...process.env, CASEFILE_NOW: '2026-03-01T14:05:00Z', GIT_AUTHOR_NAME: 'Alice Example', TZ: 'UTC', ...opts.env,
      };
      for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
      const r = spawnSync(process.execPath, [BIN, ...args], {
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
