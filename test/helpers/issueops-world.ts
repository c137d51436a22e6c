// A world for the IssueOps tests: a bare git remote (the repository on GitHub), the Action's
// workspace cloned from it, the GitHub-compatible server of ./issueops-github.ts, and the built
// Action (dist/action.js, a snapshot) run as GitHub runs it: a child process with the event payload.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { snapshotCli } from './repo.ts';
import { startIssueOpsGitHub, type IssueOpsGitHub, type IssueOpsOptions } from './issueops-github.ts';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** What the run wrote to the job summary ('' for nothing). */
  summary: string;
  outputs: Record<string, string>;
}

export interface World {
  dir: string;
  remote: string;
  /** The Action's checkout (each run starts from whatever it holds: often an old commit). */
  workspace: string;
  github: IssueOpsGitHub;
  git(cwd: string, ...args: string[]): string;
  /** The Action on this event, in this workspace (default: the world's). */
  action(event: string, payload: unknown, opts?: { workspace?: string; env?: Record<string, string> }): Promise<ActionRun>;
  /** A new clone of the remote (another responder, another runner). */
  clone(name: string): string;
  /** The remote default branch's commit. */
  head(): string;
  /** An incident file as the remote has it; undefined when it has none. */
  remoteFile(rel: string): string | undefined;
  /** The frontmatter of the remote's only incident, parsed. */
  incident(): Record<string, any>;
  incidentFile(): string;
  close(): Promise<void>;
}

const CONFIG = `timezone: Europe/Berlin
people:
  Alice Example: alice
  Bob Builder: "@bob"
`;

export async function makeWorld(options: IssueOpsOptions & { config?: string } = {}): Promise<World> {
  const actionJs = path.join(path.dirname(path.dirname(snapshotCli())), 'dist', 'action.js');
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-issueops-')));
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const remote = path.join(dir, 'remote.git');
  git(dir, 'init', '-q', '--bare', '-b', 'main', remote);
  const seed = path.join(dir, 'seed');
  git(dir, 'init', '-q', '-b', 'main', seed);
  fs.writeFileSync(path.join(seed, '.incident.yml'), options.config ?? CONFIG);
  fs.mkdirSync(path.join(seed, 'incidents'));
  fs.writeFileSync(path.join(seed, 'incidents', '.gitkeep'), '');
  fs.writeFileSync(path.join(seed, '.gitattributes'), 'incidents/*.md merge=casefile\n'); // as `incident init` writes it
  git(seed, 'add', '.');
  git(seed, '-c', 'user.name=Seed', '-c', 'user.email=seed@example.com', 'commit', '-qm', 'Casefile');
  git(seed, 'push', '-q', remote, 'main');
  const clone = (name: string) => {
    const to = path.join(dir, name);
    git(dir, 'clone', '-q', remote, to);
    return to;
  };
  const workspace = clone('workspace');
  const github = await startIssueOpsGitHub({ roles: { alice: 'write', bob: 'triage', carol: 'admin', mallory: 'read' }, ...options });
  let runs = 0;

  const world: World = {
    dir, remote, workspace, github, git, clone,
    async action(event, payload, opts = {}) {
      const files = path.join(dir, `run-${++runs}`);
      fs.mkdirSync(files);
      const eventPath = path.join(files, 'event.json');
      fs.writeFileSync(eventPath, JSON.stringify(payload));
      fs.writeFileSync(path.join(files, 'output'), '');
      const ws = opts.workspace ?? workspace;
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws,
        GITHUB_REPOSITORY: `${github.owner}/${github.name}`, GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath,
        GITHUB_OUTPUT: path.join(files, 'output'), GITHUB_STEP_SUMMARY: path.join(files, 'summary'), GITHUB_API_URL: github.url,
        CASEFILE_GITHUB_TIME_SCALE: '0', INPUT_TOKEN: github.token, INPUT_COMMAND: 'issueops', ...opts.env,
      };
      const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [actionJs], { cwd: ws, env, encoding: 'utf8' }, (error, stdout, stderr) =>
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
      });
      const outputs: Record<string, string> = {};
      for (const m of fs.readFileSync(path.join(files, 'output'), 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
      for (const text of [result.stdout, result.stderr]) assert.ok(!text.includes(github.token), 'the token leaked');
      const summaryFile = path.join(files, 'summary');
      const summary = fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, 'utf8') : '';
      return { ...result, outputs, summary };
    },
    head: () => git(dir, '--git-dir', remote, 'rev-parse', 'main').trim(),
    remoteFile(rel) {
      try {
        return git(dir, '--git-dir', remote, 'show', `main:${rel}`);
      } catch {
        return undefined;
      }
    },
    incidentFile() {
      const names = git(dir, '--git-dir', remote, 'ls-tree', '--name-only', 'main', 'incidents/').split('\n').filter((n) => n.endsWith('.md'));
      assert.equal(names.length, 1, `one incident file on main, found ${names.join(', ') || 'none'}`);
      return names[0]!;
    },
    incident() {
      const text = world.remoteFile(world.incidentFile())!;
      return parse(text.split(/^---$/m)[1]!);
    },
    async close() {
      await github.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return world;
}

/** A seeded shuffle (mulberry32), so a failure can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
