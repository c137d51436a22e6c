// Several clones of one bare origin, as responders have them: git and a Casefile run with a pinned
// clock, a home of their own (no user's ~/.gitconfig, no system config) and a PATH the test chooses.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

export const ok = <R extends Ran>(r: R, what = ''): R => {
  assert.equal(r.status, 0, `${what}\n${r.stdout}\n${r.stderr}`);
  return r;
};

export interface World {
  root: string;
  home: string;
  env(extra?: Record<string, string | undefined>): NodeJS.ProcessEnv;
  git(cwd: string, ...args: string[]): Ran;
  /** A clone of origin.git with its own git user (a new one each call). */
  clone(who: string): string;
  cleanup(): void;
}

/** A temp directory with origin.git (bare, branch main) and a home for git's global config; `basePath` goes first on PATH. */
export function world(name: string, basePath: string[] | ((root: string) => string[]) = []): World {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `casefile-${name}-`)));
  const first = typeof basePath === 'function' ? basePath(root) : basePath;
  const home = path.join(root, 'home');
  fs.mkdirSync(home);
  const env = (extra: Record<string, string | undefined> = {}) => {
    const e: Record<string, string | undefined> = {
      ...process.env,
      HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), GIT_CONFIG_GLOBAL: undefined, GIT_CONFIG_NOSYSTEM: '1',
      XDG_CACHE_HOME: path.join(home, '.cache'),
      PATH: [...first, ...(process.env.PATH ?? '').split(path.delimiter)].join(path.delimiter),
      TZ: 'UTC', CASEFILE_NOW: '2026-03-01T14:05:00Z', CASEFILE_DEBUG: undefined,
      GIT_AUTHOR_NAME: undefined, GIT_COMMITTER_NAME: undefined, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false',
      ...extra,
    };
    for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
    return e as NodeJS.ProcessEnv;
  };
  const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env: env() });
  ok(git(root, 'init', '-q', '--bare', '-b', 'main', 'origin.git'));
  return {
    root, home, env, git,
    clone(who) {
      const dir = path.join(root, who);
      ok(git(root, 'clone', '-q', 'origin.git', who));
      ok(git(dir, 'config', 'user.name', who));
      ok(git(dir, 'config', 'user.email', `${who}@example.com`));
      return dir;
    },
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** The YAML frontmatter of a file's text, parsed. */
export async function frontmatter(text: string): Promise<Record<string, any>> {
  const { parse } = await import('yaml');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  assert.ok(m, 'a frontmatter');
  return parse(m[1]!) as Record<string, any>;
}
