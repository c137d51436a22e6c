// The Action's git: start from the remote default branch's tip (the checkout of an issue event may
// be older than it), commit one incident file as the bot, and push; a push refused because the
// branch moved on (a concurrent commit) says so, for the caller to start again from the new tip.
// Every wait for git is timed (`spent`): the Action's own time is what remains. A fetch runs in the
// background while the Action asks GitHub, so only the time the Action then waits for it counts.
import { spawn, spawnSync } from 'node:child_process';
import { CommandError } from '../../core/util/errors.ts';

/** The identity of commits made by GitHub Actions' token (its noreply address shows the bot's avatar). */
export const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

export interface Spent {
  /** Milliseconds spent waiting for git, and how many times it ran. */
  ms: number;
  runs: number;
  /** Each wait, [from, to] in ms of `clock()`. */
  waits: [number, number][];
}

export interface Git {
  readonly spent: Spent;
  /**
   * Fetches the branch and checks its tip out (detached), in the background (the caller asks GitHub
   * meanwhile); false when the remote has no such branch. Only the time from `wait()` to the end
   * counts as waiting for git.
   */
  fetch(branch: string): { wait(): Promise<boolean> };
  /** Commits these files as the bot (`added`: new files, which git must be told of first). */
  commit(paths: string[], message: string, added?: boolean): void;
  /** true once pushed; false when the remote branch moved on (fetch, redo, push again). */
  push(branch: string): boolean;
  /** commit() (of tracked files) then push(), from one shell: a child process less for the Action to start. */
  commitAndPush(paths: string[], message: string, branch: string): boolean;
}

/**
 * Milliseconds since Node started, for the waits and the push (process.uptime(): performance.now()
 * would load perf_hooks, 1-2 ms of CPU on Node 24 before the push). step.ts turns them into
 * performance.now()'s time after the push.
 */
export const clock = (): number => process.uptime() * 1000;

const identity = { GIT_AUTHOR_NAME: BOT.name, GIT_AUTHOR_EMAIL: BOT.email, GIT_COMMITTER_NAME: BOT.name, GIT_COMMITTER_EMAIL: BOT.email };

export function openGit(root: string, remote = 'origin'): Git {
  const spent: Spent = { ms: 0, runs: 0, waits: [] };
  const waited = (from: number, to: number) => {
    spent.ms += Math.max(0, to - from);
    spent.runs++;
    if (to > from) spent.waits.push([from, to]);
  };
  const run = (args: string[], env?: NodeJS.ProcessEnv, command = 'git') => {
    const start = clock();
    const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: env && { ...process.env, ...env } });
    waited(start, clock());
    return r;
  };
  const must = (args: string[], env?: NodeJS.ProcessEnv) => {
    const r = run(args, env);
    if (r.error || r.status !== 0) throw new CommandError(`git ${args[0]} failed: ${firstLine(r.stderr || r.error?.message || `exit ${r.status}`)}`);
    return r.stdout;
  };
  return {
    spent,
    fetch(branch) {
      const args = ['fetch', '--quiet', '--no-tags', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`];
      const checkout = ['checkout', '--quiet', '--detach', `refs/remotes/${remote}/${branch}`];
      let end = 0;
      // One shell for both gits: a child process less for the Action to start (its names as arguments, never as script).
      const done = runAsync(root, 'sh', ['-c', 'git "$@" && git checkout --quiet --detach "$0"', checkout[3]!, ...args])
        .then((status) => ((end = clock()), status));
      return {
        async wait() {
          const from = clock();
          const status = await done;
          waited(Math.min(from, end), end);
          if (status === 0) return true;
          // What went wrong, from a second try that keeps git's message (rare: not worth a pipe each time).
          const again = run(args);
          if (again.status !== 0) {
            if (/couldn't find remote ref/i.test(again.stderr)) return false;
            throw new CommandError(`git fetch failed: ${firstLine(again.stderr || again.error?.message || `exit ${again.status}`)}`);
          }
          must(checkout);
          return true;
        },
      };
    },
    commit(paths, message, added = false) {
      if (added) must(['add', '--', ...paths]); // a tracked file is committed as it is by `commit -- <path>`
      must(['commit', '--quiet', '--no-verify', '--message', message, '--', ...paths], identity);
    },
    push(branch) {
      return pushed(run(['push', '--quiet', '--porcelain', remote, `HEAD:refs/heads/${branch}`]));
    },
    commitAndPush(paths, message, branch) {
      // Its names as arguments, never as script; a failed commit exits 97 (git's own codes are 1 and 128).
      const script = 'm=$1 r=$2 s=$3; shift 3; git commit --quiet --no-verify --message "$m" -- "$@" || exit 97; exec git push --quiet --porcelain "$r" "$s"';
      const r = run(['-c', script, 'sh', message, remote, `HEAD:refs/heads/${branch}`, ...paths], identity, 'sh');
      if (r.status === 97) throw new CommandError(`git commit failed: ${firstLine(r.stderr || r.stdout || 'exit 1')}`);
      return pushed(r);
    },
  };
}

/** A push's outcome: true once pushed, false when the branch moved on; any other failure is an error. */
function pushed(r: { status: number | null; stdout: string; stderr: string; error?: Error }): boolean {
  if (r.status === 0) return true;
  const said = `${r.stdout}\n${r.stderr}`;
  if (/\[rejected\]|non-fast-forward|fetch first|\[remote rejected\].*(?:cannot lock ref|failed to update ref)|stale info/i.test(said)) return false;
  throw new CommandError(`git push failed: ${firstLine(r.stderr || r.stdout || r.error?.message || `exit ${r.status}`)}`);
}

/** A command in the background, its output unread (a pipe costs the Action a millisecond of CPU). */
function runAsync(cwd: string, command: string, args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: 'ignore' });
    child.on('error', () => resolve(null));
    child.on('close', (status) => resolve(status));
  });
}

const firstLine = (text: string) => text.trim().split('\n').find((l) => l.trim() && !/^hint:/.test(l))?.trim() ?? text.trim();
