// Files people write by hand (issue 12): an optional field that is `null`, `~` or left empty is
// "not set" in validate, show, list, render and every write; a required field left empty is not.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { parseIncidentText } from '../src/core/document/document.ts';
import { quickFields } from '../src/core/yaml/fast-frontmatter.ts';
import { parseSimpleYaml } from '../src/core/yaml/simple-yaml.ts';
import { makeRepo, type RunResult, type TestRepo } from './helpers/repo.ts';

const ID = '2026-03-01-checkout-fails';
const FILE = `incidents/${ID}.md`;
const BODY = `## Summary

Checkout failed for EU customers.
`;
const HEAD = `id: ${ID}
title: Checkout fails
kind: incident
severity: SEV-3
status: identified
timezone: Europe/Berlin
`;
/** Every optional field not set, in each way YAML writes nothing. */
const EMPTY = `---
${HEAD}services:
public:
roles:
  incident_commander: alice
  deputy: null
  scribe: ~
  communications_liaison:
  investigation_coordinator: Null
  subject_matter_experts: ~
impact:
  summary:
  figures:
timeline:
  - at: 2026-03-01T13:50:00+01:00
    kind: started
    by:
    approx:
    text: Impact started
action_items:
  - id: AI-1
    title: Add a canary stage to the checkout deploy
    type:
    owner: dave
    due: 2026-03-15
    status:
    reason:
    issue:
threads:
  - number: 1
    question: Is it the deploy?
    owner: ~
    status: open
    updates:
    answer:
postmortem:
  owner:
  due:
  meeting:
  status:
evidence:
no_action_items:
---
${BODY}`;

const NOW = { CASEFILE_NOW: '2026-03-01T14:05:00Z' };

function ok(r: RunResult): string {
  assert.equal(r.code, 0, `expected exit 0, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r.stdout;
}

describe('optional fields left empty', () => {
  it('the fast readers read them as yaml does: null (or step aside)', () => {
    const yaml = parseIncidentText(EMPTY).data;
    assert.equal((yaml.roles as Record<string, unknown>).deputy, null);
    const simple = parseSimpleYaml(EMPTY.split('---\n')[1]!);
    assert.ok(simple === undefined || isDeepStrictEqual(simple.data, yaml), 'the simple reader agrees with yaml');
    const quick = quickFields(EMPTY, new Set(['title', 'services', 'public']));
    assert.ok(quick === undefined || isDeepStrictEqual(quick, { title: 'Checkout fails', services: null, public: null }), JSON.stringify(quick));
  });

  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    repo.write(FILE, EMPTY);
  });
  after(() => repo.cleanup());

  it('validate: no findings (every rule, the fast reader and the cache alike)', () => {
    // Twice: the second run reads the validation cache.
    for (let run = 0; run < 2; run++) assert.equal(ok(repo.run(['validate'], { env: NOW })), '1 file checked, no problems\n');
    assert.equal(ok(repo.run(['validate', '--no-cache', '--format', 'json'], { env: NOW })).includes('"message"'), false);
  });

  it('show, list and render print nothing for them (no "null", no empty lines)', () => {
    const shown = ok(repo.run(['show', ID], { env: NOW }));
    assert.doesNotMatch(shown, /null|Post-mortem|Services/);
    assert.match(shown, /Roles\n  incident commander +alice\n\n/);
    assert.match(ok(repo.run(['list'], { env: NOW })), new RegExp(`${ID} +SEV-3 +identified +Checkout fails`));
    for (const args of [['render', ID], ['render', ID, '--template', 'status-update'], ['report', ID]]) {
      assert.doesNotMatch(ok(repo.run(args, { env: NOW })), /null/, args.join(' '));
    }
  });

  it('writes fill them in place: role, thread owner, close', () => {
    ok(repo.run(['role', ID, '--deputy', 'carol', '--sme', 'erin'], { env: NOW }));
    const r = repo.run(['thread', ID, 'assign', '1'], { env: NOW }); // to nobody: it has no owner
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Thread 1 is already without an owner/);
    ok(repo.run(['thread', ID, 'assign', '1', 'bob'], { env: NOW }));
    const text = repo.read(FILE);
    assert.match(text, /\n {2}deputy: carol\n {2}scribe: ~\n/);
    assert.match(text, /\n {2}subject_matter_experts:\n {4}- erin\n/);
    assert.match(text, /\n {4}question: Is it the deploy\?\n {4}owner: bob\n/);
    assert.equal(ok(repo.run(['validate'], { env: NOW })), '1 file checked, no problems\n');
  });
});

describe('required fields left empty are still errors', () => {
  const cases: [string, string, RegExp][] = [
    ['title', HEAD.replace('title: Checkout fails', 'title:'), /:3:7 error +Unexpected empty title, expected a string/],
    ['severity', HEAD.replace('severity: SEV-3', 'severity: ~'), /:5:11 error +Unexpected empty severity, expected a string/],
    ['timeline at', `${HEAD}timeline:\n  - at:\n    kind: started\n    text: x\n`, /Unexpected empty timeline\[0\]\.at, expected a string/],
    ['action item title', `${HEAD}action_items:\n  - id: AI-1\n    title: null\n`, /Unexpected empty action_items\[0\]\.title, expected a string/],
    ['reason of a wont-do item', `${HEAD}action_items:\n  - id: AI-1\n    title: Add a stage\n    status: wont-do\n    reason: ~\n`,
      /Unexpected empty action_items\[0\]\.reason, expected a string/],
    ['answer of a closed thread', `${HEAD}threads:\n  - number: 1\n    question: Why?\n    status: closed\n    answer:\n`,
      /Unexpected empty threads\[0\]\.answer, expected a string/],
  ];
  let repo: TestRepo;
  before(() => (repo = makeRepo()));
  after(() => repo.cleanup());
  for (const [name, frontmatter, message] of cases) {
    it(name, () => {
      repo.write(FILE, `---\n${frontmatter}---\n${BODY}`);
      const r = repo.run(['validate', FILE], { env: NOW });
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.match(r.stdout, message);
    });
  }
});
