// The `issueops` part of `npm run bench`: the GitHub Action (dist/action.js) on one `/log` comment of
// a tracking issue, end to end, as GitHub runs it: the tests' GitHub-compatible server
// (test/helpers/issueops-github.ts, a child process on 127.0.0.1, through tsx), a bare git remote the
// Action fetches from and pushes to, and an incident of 40 entries whose issue has 10 comments of
// plain talk. Before each run (not timed) a new comment is made; each run lists the comments, asks
// the commenter's role, fetches, logs, commits, pushes and reacts. The Action says when the push
// landed and how much CPU it had used by then ("pushed Y ms after the start, Z ms of CPU of its
// own": process.cpuUsage, this process only, so no git), and when it waited for git ("git waits").
// Git's own time is what git itself says it ran (GIT_TRACE2_EVENT: each git process from its
// start in main() to its exit) inside those waits: starting a child process (Node's fork and exec,
// its pipes) and a fetch git ran while the Action was busy asking GitHub are not git's own. From
// the Action's start to the pushed commit, less git's own time, is its own (wall); its CPU is
// compared with `node -e 0`'s own (process.cpuUsage at its exit, measured right after each run).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ID = '2026-03-01-checkout-fails-for-eu-customers';

function incidentText(issueRef) {
  const entries = Array.from({ length: 40 }, (_, i) => {
    const at = new Date(Date.UTC(2026, 2, 1, 9, i)).toISOString().replace('.000Z', 'Z');
    return `  - at: ${at}\n    kind: ${i === 0 ? 'declared' : 'note'}\n    by: Alice Example\n    text: ${i === 0 ? '"Declared SEV-2: Checkout fails for EU customers"' : `Entry ${i} of the bench incident`}\n`;
  }).join('');
  return `---\nid: ${ID}\ntitle: Checkout fails for EU customers\nkind: incident\nseverity: SEV-2\nstatus: investigating\ntimezone: UTC\n` +
    `roles:\n  incident_commander: Alice Example\ntimeline:\n${entries}action_items: []\n---\n\n<!-- casefile-issue: ${issueRef} -->\n\n## Summary\n\nTo be written.\n`;
}

/** Sets everything up; returns the case's working directory and environment, and its before/after hooks. */
export async function issueOpsBench(dir, root, node) {
  mkdirSync(dir, { recursive: true });
  const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git(dir, 'init', '-q', '--bare', '-b', 'main', 'remote.git');
  git(dir, 'init', '-q', '-b', 'main', 'seed');
  const seed = join(dir, 'seed');
  mkdirSync(join(seed, 'incidents'));
  writeFileSync(join(seed, '.incident.yml'), 'timezone: UTC\npeople:\n  Alice Example: alice\n');
  writeFileSync(join(seed, '.gitattributes'), 'incidents/*.md merge=casefile\n'); // as `incident init` writes it
  writeFileSync(join(seed, 'incidents', `${ID}.md`), incidentText('acme/incidents#1'));
  git(seed, 'add', '.');
  git(seed, '-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'the bench incident');
  git(seed, 'push', '-q', join(dir, 'remote.git'), 'main');
  git(dir, 'clone', '-q', join(dir, 'remote.git'), 'workspace');

  const server = spawn(node, ['--import', 'tsx', join(root, 'test', 'helpers', 'issueops-github.ts'), JSON.stringify({ roles: { alice: 'write' }, now: '2026-03-01T10:00:00Z' })], {
    cwd: root, stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.on('exit', () => server.kill());
  const port = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    server.on('exit', (code) => reject(new Error(`bench: the fake GitHub server exited with ${code}`)));
  });
  // The bench ends when its work does (the exit handler stops the server): the server's pipe must not hold it open.
  server.unref();
  server.stdout.unref();
  const origin = `http://127.0.0.1:${port}`;
  // Control calls from a synchronous hook: a short node process (not timed).
  const control = (script) => {
    const r = spawnSync(node, ['--input-type=module', '-e', `const o = ${JSON.stringify(origin)}; const call = async (m, p, b) => (await fetch(o + '/__fake/' + p, { method: m, body: JSON.stringify(b) })).json(); ${script}`], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: fake GitHub control: ${r.stderr}`);
    return r.stdout;
  };
  control(`await call('POST', 'issues', { title: 'Checkout fails for EU customers', labels: ['incident'], login: 'alice', body: 'Customers in the EU see 500s.\\n\\n<!-- casefile-incident: ${ID} -->' });
    for (let i = 0; i < 10; i++) { await call('POST', 'clock', { seconds: 60 }); await call('POST', 'issues/1/comments', { login: 'alice', body: 'Looking at it ' + i }); }`);

  const event = join(dir, 'event.json');
  let n = 0;
  return {
    cwd: join(dir, 'workspace'),
    env: {
      ...process.env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: join(dir, 'workspace'), GITHUB_REPOSITORY: 'acme/incidents',
      GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: event, GITHUB_API_URL: origin, INPUT_COMMAND: 'issueops',
      INPUT_TOKEN: 'ghs_FAKEtoken000000000000000000000000000002', GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      CASEFILE_TIMING: '1', GIT_TRACE2_EVENT: join(dir, 'trace2-0.json'),
    },
    /** A new /log comment and its event (a minute after the one before). */
    before() {
      n++;
      const payload = control(`await call('POST', 'clock', { seconds: 60 }); process.stdout.write(JSON.stringify((await call('POST', 'issues/1/comments', { login: 'alice', body: '/log Bench entry ${n}: error rate checked' })).payload));`);
      writeFileSync(event, payload);
      this.env.GIT_TRACE2_EVENT = join(dir, `trace2-${n}.json`);
    },
    /**
     * From the run's output and git's trace: when it pushed (ms since its start), git's own time and
     * the time the Action waited for git (ms), the Action's CPU to the push, and `node -e 0`'s CPU
     * (run now, by the same Node).
     */
    timing(stdout, nodeBin = node) {
      const m = /^git: (\d+) runs, ([\d.]+) ms; pushed ([\d.]+) ms after the start, ([\d.]+) ms of CPU of its own$/m.exec(stdout);
      const w = /^git waits: (.*)$/m.exec(stdout);
      if (!m || !w) throw new Error(`bench: the issueops run did not push:\n${stdout}`);
      const ref = spawnSync(nodeBin, ['-e', "process.on('exit', () => { const c = process.cpuUsage(); console.log((c.user + c.system) / 1000); })"], { encoding: 'utf8' });
      return { waited: Number(m[2]), pushed: Number(m[3]), cpu: Number(m[4]), cpuRef: Number(ref.stdout), git: gitOwn(this.env.GIT_TRACE2_EVENT, JSON.parse(w[1])) };
    },
  };
}

/** Milliseconds git ran (its top-level processes, as trace2 says) inside the waits ([from, to], epoch ms). */
function gitOwn(traceFile, waits) {
  const runs = new Map();
  for (const line of readFileSync(traceFile, 'utf8').split('\n')) {
    if (!line) continue;
    const e = JSON.parse(line);
    if (e.sid.includes('/')) continue; // a git that git started: inside its parent's time
    const at = Date.parse(e.time.replace(/(\.\d{3})\d*Z$/, '$1Z')) + Number(`0.${e.time.split('.')[1]?.slice(3, -1) || 0}`);
    const r = runs.get(e.sid) ?? {};
    if (e.event === 'start') r.from = at - e.t_abs * 1000;
    if (e.event === 'atexit') r.to = at;
    runs.set(e.sid, r);
  }
  let ms = 0;
  for (const { from, to } of runs.values()) {
    if (from === undefined || to === undefined) throw new Error(`bench: a git run without its start or end in ${traceFile}`);
    for (const [a, b] of waits) ms += Math.max(0, Math.min(b, to) - Math.max(a, from));
  }
  return ms;
}
