// One verdict per file in every command (issue 18): files the fast readers once read differently
// from the `yaml` package, through the real built CLI. show, render and log (fast paths) accept or
// refuse alike; validate reports a frontmatter-yaml error exactly when they refuse; list lists the
// file and insights count it exactly when they accept it; and what they read is yaml's value. Also: the public render
// of a body the block scanner is unsure of publishes no internal text.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeRepo, type TestRepo } from './helpers/repo.ts';

const head = (id: string, extra = '', status = 'status: investigating\n') =>
  `---\nid: ${id}\ntitle: Checkout fails\nkind: incident\nseverity: SEV-2\n${status}timezone: Europe/Berlin\n${extra}` +
  'timeline:\n  - at: 2026-03-01T13:00:00+01:00\n    kind: started\n    text: Impact started\n';

interface Case {
  name: string;
  text: (id: string) => string;
  /** Whether yaml (and so every command) reads the frontmatter. */
  reads: boolean;
  /** For files that read: what `show --json` must give for some fields. */
  fields?: Record<string, unknown>;
}

const CASES: Case[] = [
  // The splitter closes the frontmatter at a `---` after a lone CR; yaml keeps the CR in the value.
  { name: 'lone-cr', text: (id) => head(id, '', '') + 'status: investigating\r---\n\n## Summary\n', reads: true, fields: { status: 'investigating\r' } },
  { name: 'lone-cr-number', text: (id) => head(id, 'services: 012\r---\n'), reads: true, fields: { services: '012\r' } },
  { name: 'true-key', text: (id) => head(id, 'True: x\n') + '---\n', reads: true, fields: { true: 'x' } },
  { name: 'null-key', text: (id) => head(id, 'null: x\n') + '---\n', reads: true, fields: { '': 'x' } },
  { name: 'true-keys-twice', text: (id) => head(id, 'True: x\ntrue: y\n') + '---\n', reads: false },
  { name: 'tab-line-after-key', text: (id) => head(id, 'services:\n\t\nroles: {}\n') + '---\n', reads: false },
  { name: 'empty-frontmatter', text: () => '---\n---\n\n## Summary\n', reads: false },
  { name: 'comment-only-frontmatter', text: () => '---\n# nothing yet\n---\n\n## Summary\n', reads: false },
  { name: 'empty-list-item', text: (id) => head(id, 'services:\n  - api\n  - \n') + '---\n', reads: true, fields: { services: ['api', null] } },
  // Read by the simple reader now (names as keys, flow maps), or left to yaml (a number key).
  { name: 'name-key', text: (id) => head(id, "Ana María: x\nSiobhan O'Neill: y\n") + '---\n', reads: true, fields: { 'Ana María': 'x', "Siobhan O'Neill": 'y' } },
  { name: 'flow-map', text: (id) => head(id, 'custom_field: {keep: me, n: [1, { a: b }],}\n') + '---\n', reads: true, fields: { custom_field: { keep: 'me', n: [1, { a: 'b' }] } } },
  { name: 'flow-map-number-key', text: (id) => head(id, 'custom_field: { 1: x, 0x1F: y }\n') + '---\n', reads: true, fields: { custom_field: { 1: 'x', 31: 'y' } } },
  { name: 'flow-map-twice', text: (id) => head(id, 'custom_field: { a: 1, a: 2 }\n') + '---\n', reads: false },
  // An error inside a block that list and insights take nothing from (or only a part of): they
  // once read only the lines they needed, and listed and counted files that show refuses.
  { name: 'alias-in-impact', text: (id) => head(id, 'impact:\n  summary: *nowhere\n') + '---\n', reads: false },
  { name: 'duplicate-role', text: (id) => head(id, 'roles:\n  scribe: ana\n  scribe: bob\n') + '---\n', reads: false },
  { name: 'alias-in-timeline', text: (id) => head(id) + '    by: *someone\n---\n', reads: false },
  { name: 'nested-map-in-text', text: (id) => head(id) + '  - at: 2026-03-01T13:05:00+01:00\n    kind: note\n    text: cause: a bad deploy\n---\n', reads: false },
];

describe('one verdict per file in every command', () => {
  let repo: TestRepo;
  let insights: { stdout: string; stderr: string };
  let insightsCold: { stdout: string; stderr: string };
  before(() => {
    repo = makeRepo();
    repo.run(['init']);
    for (const c of CASES) repo.write(`incidents/2026-03-01-${c.name}.md`, c.text(`2026-03-01-${c.name}`));
    // Once for all the files (log writes to them below), from the files and from the cache.
    insightsCold = repo.run(['insights', '--json']);
    insights = repo.run(['insights', '--json']);
  });
  after(() => repo.cleanup());

  for (const c of CASES) {
    it(c.name, () => {
      const id = `2026-03-01-${c.name}`;
      const show = repo.run(['show', id, '--json']);
      const render = repo.run(['render', id]);
      const validate = repo.run(['validate', `incidents/${id}.md`]);
      const list = repo.run(['list', '--json']);
      const log = repo.run(['log', id, 'a note']); // last: it writes when it reads
      const said = `show: ${show.code} ${show.stderr}\nrender: ${render.code} ${render.stderr}\nlog: ${log.code} ${log.stderr}\nvalidate: ${validate.stdout}`;
      const verdict = c.reads ? 0 : 1;
      assert.equal(show.code, verdict, said);
      assert.equal(render.code, verdict, said);
      assert.equal(log.code, verdict, said);
      assert.equal(/frontmatter-yaml/.test(validate.stdout), !c.reads, said);
      const listed = (JSON.parse(list.stdout) as { id: string }[]).some((item) => item.id === id);
      assert.equal(listed, c.reads, `list: ${list.stdout}\n${list.stderr}`);
      if (!c.reads) assert.match(list.stderr, new RegExp(`skipped .*${id}`));
      // insights counts the file exactly when show reads it (its ids are in every figure), first read and cached.
      for (const run of [insightsCold, insights]) {
        assert.equal((JSON.parse(run.stdout) as { counts: { ids?: string[]; by_month: { ids: string[] }[] } }).counts.by_month.some((g) => g.ids.includes(id)), c.reads, run.stdout);
        assert.equal(new RegExp(`skipped .*${id}\\.md:`).test(run.stderr), !c.reads, run.stderr);
      }
      if (!c.reads) return;
      const shown = (JSON.parse(show.stdout) as { incident: Record<string, unknown> }).incident;
      for (const [key, value] of Object.entries(c.fields ?? {})) assert.deepEqual(shown[key], value, `${key}: ${show.stdout}`);
      // list's quick reader gives what the parser gives (list shows services as strings).
      const item = (JSON.parse(list.stdout) as { id: string; services: string[] }[]).find((i) => i.id === id)!;
      const services = Array.isArray(shown.services) ? shown.services.map(String) : [];
      assert.deepEqual(item.services, services, list.stdout);
    });
  }

  it('a status with a lone CR is the value validate checks (it passed before)', () => {
    const validate = repo.run(['validate', 'incidents/2026-03-01-lone-cr.md']);
    assert.equal(validate.code, 1);
    assert.match(validate.stdout, /Unexpected status "investigating\\r"/);
  });

  it('the public render takes the Public summary where remark ends it: no internal text', () => {
    const id = '2026-03-01-summary-scan';
    // A raw HTML line then a setext underline: the block scanner is not sure of this body.
    repo.write(`incidents/${id}.md`, head(id) + '---\n\n## Public summary\n\nCheckout failed.\n* item\n<custom>\nInternal\n---\nSECRET-db-host-7\n##\n');
    const r = repo.run(['render', id, '--audience', 'public']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Checkout failed/);
    assert.doesNotMatch(r.stdout, /SECRET-db-host-7/);
  });
});

describe('log without an id: the status line is read as yaml reads it', () => {
  it('a `status:` line inside a quoted title spanning lines is not the status', () => {
    const repo = makeRepo();
    try {
      repo.run(['init']);
      const open = '2026-03-01-checkout-fails';
      const closed = '2026-03-01-search-was-slow';
      repo.write(`incidents/${open}.md`, head(open) + '---\n');
      // yaml: title "Search was slow status: investigating for an hour", status resolved.
      repo.write(`incidents/${closed}.md`, head(closed, '', '').replace('title: Checkout fails\n', 'title: "Search was slow\nstatus: investigating\n  for an hour"\nstatus: resolved\n') + '---\n');
      const r = repo.run(['log', 'a note']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`${open}\\.md`));
    } finally {
      repo.cleanup();
    }
  });
});

describe('log without an id: a quoted title with `: ` in it', () => {
  it('is read past by the quick reader: no hand-over to the full CLI', () => {
    const repo = makeRepo();
    try {
      repo.run(['init']);
      const open = '2026-03-01-checkout-fails';
      const closed = '2026-03-01-search-was-slow';
      repo.write(`incidents/${open}.md`, head(open) + '---\n');
      // The status line's head check is unsure after a quoted value; the quick reader decides.
      repo.write(`incidents/${closed}.md`, head(closed, '', 'status: resolved\n').replace('title: Checkout fails', "title: 'search: slow'") + '---\n');
      const r = repo.run(['log', 'a note'], { env: { CASEFILE_DEBUG: '1' } });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`${open}\\.md`));
      assert.doesNotMatch(r.stderr, /handed to the full CLI/);
    } finally {
      repo.cleanup();
    }
  });
});

describe('a config of only comments', () => {
  it('gives the defaults without the YAML parser (a lane stays a lane)', () => {
    const repo = makeRepo();
    try {
      repo.run(['init']);
      repo.write('.incident.yml', '# Casefile configuration, all defaults for now.\n\n#   incidents_dir: incidents\n');
      const id = '2026-03-01-checkout-fails';
      repo.write(`incidents/${id}.md`, head(id) + '---\n');
      const r = repo.run(['show', id], { env: { CASEFILE_DEBUG: '1' } });
      assert.equal(r.code, 0, r.stderr);
      assert.doesNotMatch(r.stderr, /handed to the full CLI/);
    } finally {
      repo.cleanup();
    }
  });
});
