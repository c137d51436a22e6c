// `incident render` end to end: the built CLI in throwaway repositories.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeRepo, ROOT, type RunResult, type TestRepo } from './helpers/repo.ts';

const ID = '2017-01-06-db2kafka-outage-from-oom-kills';
const FILE = `incidents/${ID}.md`;
const EXAMPLE = fs.readFileSync(path.join(ROOT, FILE), 'utf8');
const golden = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'golden', `${ID}.${name}`), 'utf8');
const NOW = { CASEFILE_NOW: '2017-01-07T00:30:00Z' };

function ok(r: RunResult): RunResult {
  assert.equal(r.code, 0, `expected exit 0, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}
function fails(r: RunResult, code: number, stderr: RegExp): void {
  assert.equal(r.code, code, `expected exit ${code}, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  assert.match(r.stderr, stderr);
}

describe('incident render', () => {
  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    repo.write(FILE, EXAMPLE);
  });
  after(() => repo.cleanup());

  it('prints the golden renders of the example incident', () => {
    assert.equal(ok(repo.run(['render', ID], { env: NOW })).stdout, golden('internal.md'));
    assert.equal(ok(repo.run(['render', ID, '--audience', 'public'], { env: NOW })).stdout, golden('public.md'));
    assert.equal(ok(repo.run(['render', ID, '-a', 'public', '-f', 'html'], { env: NOW })).stdout, golden('public.html'));
    assert.equal(ok(repo.run(['render', ID, '--template', 'status-update'], { env: NOW })).stdout, golden('status-update.internal.md'));
  });

  it('writes --out atomically, relative to where it runs', () => {
    fs.mkdirSync(path.join(repo.dir, 'out'), { recursive: true });
    const r = ok(repo.run(['render', ID, '--audience', 'public', '--template', 'public-summary.html.hbs', '--out', 'page.html'], { env: NOW, cwd: 'out' }));
    assert.equal(r.stderr, 'wrote page.html\n'); // a confirmation: stderr
    assert.equal(r.stdout, '');
    assert.equal(repo.read('out/page.html'), golden('public.html'));
    assert.deepEqual(fs.readdirSync(path.join(repo.dir, 'out')), ['page.html']); // no temp file left
  });

  it('refuses what it cannot do with exit 2', () => {
    fails(repo.run(['render', 'nope']), 2, /Unknown incident "nope"/);
    fails(repo.run(['render', ID, '--audience', 'everyone']), 2, /Unexpected --audience "everyone", expected one of internal, public/);
    fails(repo.run(['render', ID, '--format', 'pdf']), 2, /Unexpected --format "pdf", expected one of md, html/);
    fails(repo.run(['render', ID, '--template', 'nope']), 2, /Unknown template "nope\.md\.hbs"/);
    fails(repo.run(['render', ID, '--template', '../etc/passwd']), 2, /Unexpected template name/);
    fails(repo.run(['render', ID, '--template', 'status-update.md.hbs', '--format', 'html']), 2, /Unexpected --format html for template "status-update\.md\.hbs", expected md/);
  });

  it('refuses a public render without a Public summary', () => {
    const other = makeRepo();
    other.write(FILE, EXAMPLE.slice(0, EXAMPLE.indexOf('## Public summary')));
    fails(other.run(['render', ID, '--audience', 'public']), 1, /Missing section "Public summary"/);
    ok(other.run(['render', ID, '--audience', 'public', '--template', 'status-update'])); // a status update needs none
    other.cleanup();
  });
});

describe('the leak check in incident render', () => {
  it('fails with exit 1, naming what leaked and where, and writes nothing', () => {
    const repo = makeRepo();
    const leaky = EXAMPLE.replace('fully resolved.', 'fully resolved. Eric restarted db-primary-3 at 10.20.0.4.');
    repo.write(FILE, leaky);
    repo.write('.incident.yml', 'redact: [db-primary]\n');
    const line = leaky.split('\n').findIndex((l) => l.includes('Eric restarted')) + 1;
    const r = repo.run(['render', ID, '--audience', 'public', '--out', 'public.md']);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.deepEqual(lines, [
      `${FILE}:${line}:17: Unexpected name "Eric" in public output (public.md line 6), expected no names of people ("Eric" is in roles.incident_commander, timeline[7].by, timeline[19].by; a vendor or team goes in allow: in .incident.yml)`,
      `${FILE}:${line}:32: Unexpected "db-primary" in public output (public.md line 6), expected none of the \`redact:\` terms in .incident.yml`,
      `${FILE}:${line}:48: Unexpected private IP address "10.20.0.4" in public output (public.md line 6), expected no secrets or internal addresses`,
    ]);
    assert.ok(!fs.existsSync(path.join(repo.dir, 'public.md')));
    // The internal audience is for the team: no check.
    ok(repo.run(['render', ID]));
    repo.cleanup();
  });

  it('names a repository template when the leak is written in it', () => {
    const repo = makeRepo();
    repo.write(FILE, EXAMPLE);
    repo.write('templates/public-summary.md.hbs', '# {{inline title}}\n\nQuestions? Ask Eric.\n');
    const r = repo.run(['render', ID, '-a', 'public']);
    fails(r, 1, /^templates\/public-summary\.md\.hbs:3:16: Unexpected name "Eric"/);
    repo.cleanup();
  });
});

describe('templates from the repository', () => {
  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    repo.write(FILE, EXAMPLE);
  });
  after(() => repo.cleanup());

  it('override a default, add new ones, and override or add partials', () => {
    repo.write('templates/_facts.md.hbs', '> {{inline severity}}, {{duration duration_ms}}\n');
    repo.write('templates/_signature.md.hbs', '-- The {{inline site}} team');
    repo.write('templates/customer-email.md.hbs', 'Subject: {{inline title}}\n\n{{> facts}}\n{{#with public_summary}}{{markdown summary}}{{/with}}\n\n{{> signature}}\n');
    const r = ok(repo.run(['render', ID, '--audience', 'public', '--template', 'customer-email']));
    assert.match(r.stdout, /^Subject: db2kafka outage from OOM kills\n\n> SEV-2, 1h14m\nOn January 6, 2017/); // a standalone partial line keeps no line of its own
    assert.match(r.stdout, /-- The {2}team\n$/);
    assert.match(ok(repo.run(['render', ID])).stdout, /^# db2kafka outage from OOM kills\n\n> SEV-2, 1h14m\n/); // the default postmortem uses the override
  });

  it('a custom config templates_dir', () => {
    const other = makeRepo();
    other.write(FILE, EXAMPLE);
    other.write('.incident.yml', 'templates_dir: docs/tpl\n');
    other.write('docs/tpl/postmortem.md.hbs', 'custom {{inline id}}');
    assert.equal(ok(other.run(['render', ID])).stdout, `custom ${ID}\n`);
    other.cleanup();
  });

  it('names the template, line and column of a template error', () => {
    repo.write('templates/broken.md.hbs', 'ok\n  {{titel}}\n');
    fails(repo.run(['render', ID, '--template', 'broken']), 1, /^templates\/broken\.md\.hbs:2:5: Unexpected "titel" in the template, expected a helper or a field of the context/);
    repo.write('templates/syntax.md.hbs', '{{#if title}}\nno end\n');
    fails(repo.run(['render', ID, '--template', 'syntax']), 1, /^templates\/syntax\.md\.hbs:3: Unexpected template syntax: Expecting .*got 'EOF'/);
  });
});

describe('incident text is data', () => {
  it('prints template syntax and HTML in incident text as text', () => {
    const repo = makeRepo();
    const title = '{{constructor.constructor}} <script>alert(1)</script> {{> facts}}';
    repo.write(FILE, EXAMPLE.replace('title: db2kafka outage from OOM kills', `title: ${JSON.stringify(title)}`).replace('fully resolved.', 'fully resolved. {{#each this}}x{{/each}} <img src=x onerror=alert(1)>'));
    const md = ok(repo.run(['render', ID, '-a', 'public'])).stdout;
    assert.match(md, /^# \{\{constructor\.constructor\}\} \\<script>alert\(1\)\\<\/script> \{\{> facts\}\}\n/);
    assert.match(md, /\{\{#each\sthis\}\}x\{\{\/each\}\} \\<img src=x onerror=alert\(1\)>/);
    const html = ok(repo.run(['render', ID, '-a', 'public', '-f', 'html'])).stdout;
    assert.match(html, /<h1>\{\{constructor.constructor\}\} &lt;script&gt;alert\(1\)&lt;\/script&gt; \{\{&gt; facts\}\}<\/h1>/);
    assert.ok(!/<script|<img/.test(html));
    repo.cleanup();
  });

  it('refuses a code block left open in the public summary (it would publish what follows)', () => {
    const repo = makeRepo();
    const text = EXAMPLE.replace('### What happened\n', '```\n### What happened\n');
    repo.write(FILE, text);
    const line = text.split('\n').indexOf('```') + 1;
    fails(repo.run(['render', ID, '-a', 'public']), 1, new RegExp(`^${FILE}:${line}:1: Unexpected unclosed block in the Public summary`));
    ok(repo.run(['render', ID])); // the internal document holds the whole body anyway
    repo.cleanup();
  });
});

describe('drills and broken files', () => {
  it('says DRILL in every rendering of a practice incident', () => {
    const repo = makeRepo();
    const created = ok(repo.run(['new', 'Practice failover', '--drill', '--public', '--severity', 'SEV-2', '--commander', 'alice', '--at', '13:50', '--timezone', 'Europe/Berlin']));
    const id = path.basename(created.stdout.trim(), '.md');
    for (const args of [[], ['-a', 'public', '-t', 'status-update'], ['-t', 'status-update'], ['-a', 'public', '-f', 'html', '-t', 'status-update.md.hbs', '-f', 'md']]) {
      assert.match(ok(repo.run(['render', id, ...args])).stdout, /DRILL/, args.join(' '));
    }
    repo.cleanup();
  });

  it('reports a malformed incident at its line', () => {
    const repo = makeRepo();
    repo.write('incidents/2026-01-01-bad.md', '---\nid: 2026-01-01-bad\ntitle: [unclosed\n---\n');
    fails(repo.run(['render', '2026-01-01-bad']), 1, /^incidents\/2026-01-01-bad\.md:\d+:\d+: Invalid YAML/);
    repo.cleanup();
  });
});
