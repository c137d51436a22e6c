// The fast edits (src/core/edit/fast-edit.ts) write what edit.ts and edit-items.ts write, byte for byte,
// whenever they do not step aside: each edit on each file is made both ways and compared. The plain
// files `incident new` and the lifecycle commands leave must take the fast path (so the commands
// stay fast); unusual ones may step aside, never write something else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Document } from 'yaml';
import { parseIncidentText, type Parsed } from '../src/core/document/document.ts';
import { insertInSeq, setIn } from '../src/core/edit/edit.ts';
import { removeFromItem as yRemoveFromItem, removeItem as yRemoveItem, setInItem as ySetInItem } from '../src/core/edit/edit-items.ts';
import {
  appendItem, combine, insertEntry, readForEdit, removeFromItem, removeItem, setInItem, setScalar, yamlScalar,
} from '../src/core/edit/fast-edit.ts';
import { insertionIndex, parseInstant } from '../src/core/timeline/timeline.ts';
import type { TimelineEntry } from '../src/core/model/types.ts';

const yamlText = (v: unknown) => new Document(v).toString({ lineWidth: 0 }).replace(/\n$/, '');

test('yamlScalar writes a scalar as the yaml package does, or declines', () => {
  const table = [
    'resolved', 'SEV-1', 'SEV-2 -> SEV-1', 'Declared SEV-2: Checkout fails', 'a: b', 'a #b', 'a#b', '#a', '- a', '-a', '-', '?', '? a', '?a',
    ':a', 'a:', 'a: ', ' a', 'a ', '', '123', '1.5', '1e3', '0x1F', '0o17', '.inf', '-.Inf', '.nan', 'true', 'False', 'null', '~', 'NULL',
    '2026-03-01', '2026-03-01T14:00:00Z', 'He said "hi": x', "It's: fine", 'both \' and ": x', 'quote " only', "a'b", '[a]', '{a}', '*a', '&a',
    '!a', '|a', '>a', '%a', '@a', '`a', ',a', 'a,b', 'a]', 'Revenue=€40k', 'café: ok', '--- a', '... a', 'a\\b', 'back\\slash: x', 'tab\there',
    'line\nbreak', 'nbsp\u00a0x', 'x\u2028y', 'emoji 🔥: x', 'Queries lost', '1.21B', '3.5', '-3', '+3', '08', '0.', '.5',
  ];
  let written = 0;
  for (const value of [...table, 12, 3.5, -1, 0, true, false, null]) {
    const fast = yamlScalar(value);
    if (fast === undefined) continue;
    written++;
    assert.equal(fast, yamlText(value), JSON.stringify(value));
  }
  assert.ok(written > 60, `only ${written} written`);
  // Generated strings from the characters that matter to YAML.
  const alphabet = ['a', 'b', ' ', ':', '#', '-', '"', "'", '[', '{', ',', '?', '!', '%', '1', '.', 'e', '~', '*', '&', '|', '>', '@', 'é', '\\'];
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  for (let i = 0; i < 3000; i++) {
    const s = Array.from({ length: 1 + rand(6) }, () => alphabet[rand(alphabet.length)]).join('');
    const fast = yamlScalar(s);
    if (fast !== undefined) assert.equal(fast, yamlText(s), JSON.stringify(s));
  }
});

const NEW = `---
id: 2026-03-01-checkout-fails
title: Checkout fails
kind: incident
severity: SEV-2
status: resolved
timezone: UTC
services: []
public: false
roles:
  incident_commander: alice
timeline:
  - at: 2026-03-01T13:50:00Z
    kind: started
    by: Dana Ops
    text: Impact started
  - at: 2026-03-01T14:10:00Z
    kind: mitigated
    by: Dana Ops
    text: Mitigated; status monitoring (was investigating)
  - at: 2026-03-01T15:00:00Z
    kind: declared
    by: Dana Ops
    text: "Declared SEV-2: Checkout fails"
action_items: []
---

## Summary
`;

// After the lifecycle commands: block lists nested in maps, quoted values, action items.
const LATER = `---
id: 2026-03-01-checkout-fails
title: "Checkout: fails"
severity: 'SEV-2'
status: resolved
timezone: Europe/Berlin
roles:
  incident_commander: alice
  subject_matter_experts:
    - x
timeline:
  - at: 2026-03-01T13:50:00+01:00
    kind: started
    by: Dana Ops
    text: Impact started
    approx: true
  # a comment above an entry
  - at: 2026-03-01T14:10:00+01:00
    kind: mitigated
    by: Dana Ops
    text: Mitigated
action_items:
  - id: AI-1
    title: Add an alert
    owner: bob
    status: open
impact:
  summary: >- # written by hand
    EU down for
    40 minutes.

  figures:
    - label: Orders lost
      value: 1200
postmortem:
  status: draft
  owner: alice
---
body
`;

// What the fast path declines: flow maps, indentless lists, block scalars, comments where an insertion goes.
const ODD = `---
id: x
severity: SEV-2 # set by hand
status: >-
  resolved
roles: {}
timeline:
- at: 2026-03-01T13:50:00Z
  kind: started
  by: a
  text: Impact started
action_items: [] # none yet
impact:
  summary: a
  # figures to come
---
`;

// As people write them (and the bench's corpus): blank lines between the sections, some with a comment.
const SPACED = `---
id: 2026-03-01-checkout-fails
title: Checkout fails
severity: SEV-2
status: resolved
timezone: UTC

roles:
  incident_commander: alice
  subject_matter_experts:
    - x

impact:
  summary: EU down
  figures:
    - label: Orders lost
      value: 1200

timeline:
  - at: 2026-03-01T13:50:00Z
    kind: started
    text: Impact started

action_items:
  - id: AI-1
    title: Add an alert
    status: open


postmortem:
  status: draft
  approvals:
    - by: bob
      decision: requested

  # owner to come
---
body
`;

const crlf = (t: string) => t.replace(/\n/g, '\r\n');
const FILES: Record<string, string> = { NEW, LATER, ODD, SPACED, 'NEW, CRLF': crlf(NEW), 'LATER, CRLF': crlf(LATER), 'SPACED, CRLF': crlf(SPACED) };

type Edit = { name: string; fast: (text: string) => string | undefined; slow: (p: Parsed) => string; plain: string[] };
const fastOf = (text: string) => readForEdit(text, 'x.md')!;
const item = { id: 'AI-2', title: 'Fix "it": now', owner: 'carol', due: '2026-04-01', status: 'open' };
const entry: TimelineEntry = { at: '2026-03-01T14:05:00Z', kind: 'severity', by: 'Bo', text: 'SEV-2 -> SEV-1', approx: true };
const early: TimelineEntry = { at: '2026-03-01T13:00:00Z', kind: 'note', by: 'Bo', text: "It's slow" };
const EDITS: Edit[] = [
  { name: 'set severity', fast: (t) => setScalar(fastOf(t), ['severity'], 'SEV-1'), slow: (p) => setIn(p, ['severity'], 'SEV-1'), plain: ['NEW', 'LATER', 'SPACED'] },
  { name: 'set status', fast: (t) => setScalar(fastOf(t), ['status'], 'investigating'), slow: (p) => setIn(p, ['status'], 'investigating'), plain: ['NEW', 'LATER'] },
  { name: 'set a title with quotes', fast: (t) => setScalar(fastOf(t), ['title'], 'Say "x": y'), slow: (p) => setIn(p, ['title'], 'Say "x": y'), plain: ['NEW', 'LATER'] },
  { name: 'set a new role', fast: (t) => setScalar(fastOf(t), ['roles', 'scribe'], 'carol'), slow: (p) => setIn(p, ['roles', 'scribe'], 'carol'), plain: ['NEW', 'LATER', 'SPACED'] },
  { name: 'set the impact summary', fast: (t) => setScalar(fastOf(t), ['impact', 'summary'], 'All: down'), slow: (p) => setIn(p, ['impact', 'summary'], 'All: down'), plain: ['NEW', 'LATER', 'SPACED'] },
  { name: 'set the post-mortem status', fast: (t) => setScalar(fastOf(t), ['postmortem', 'status'], 'in-review'), slow: (p) => setIn(p, ['postmortem', 'status'], 'in-review'), plain: ['NEW', 'LATER'] },
  { name: 'add an action item', fast: (t) => appendItem(fastOf(t), ['action_items'], item), slow: (p) => insertInSeq(p, ['action_items'], item), plain: ['NEW', 'LATER', 'SPACED'] },
  { name: 'add a figure', fast: (t) => appendItem(fastOf(t), ['impact', 'figures'], { label: 'Revenue', value: '€40k' }), slow: (p) => insertInSeq(p, ['impact', 'figures'], { label: 'Revenue', value: '€40k' }), plain: ['NEW', 'LATER', 'SPACED'] },
  { name: 'add an approval', fast: (t) => appendItem(fastOf(t), ['postmortem', 'approvals'], { by: 'bob', at: '2026-03-02T10:00:00Z', decision: 'requested' }), slow: (p) => insertInSeq(p, ['postmortem', 'approvals'], { by: 'bob', at: '2026-03-02T10:00:00Z', decision: 'requested' }), plain: ['NEW', 'LATER'] },
  { name: 'add a subject matter expert', fast: (t) => appendItem(fastOf(t), ['roles', 'subject_matter_experts'], 'y'), slow: (p) => insertInSeq(p, ['roles', 'subject_matter_experts'], 'y'), plain: ['NEW', 'LATER', 'SPACED'] },
  { name: 'amend an entry\'s text', fast: (t) => setInItem(fastOf(t), ['timeline'], 1, 'text', 'Rolled back: deploy 412'), slow: (p) => ySetInItem(p, ['timeline'], 1, 'text', 'Rolled back: deploy 412'), plain: ['NEW', 'LATER'] },
  { name: 'mark an entry approximate', fast: (t) => setInItem(fastOf(t), ['timeline'], 1, 'approx', true), slow: (p) => ySetInItem(p, ['timeline'], 1, 'approx', true), plain: ['NEW', 'LATER'] },
  { name: 'an action item done', fast: (t) => setInItem(fastOf(t), ['action_items'], 0, 'status', 'done'), slow: (p) => ySetInItem(p, ['action_items'], 0, 'status', 'done'), plain: ['LATER', 'SPACED'] },
  { name: 'an action item\'s due date', fast: (t) => setInItem(fastOf(t), ['action_items'], 0, 'due', '2026-05-01'), slow: (p) => ySetInItem(p, ['action_items'], 0, 'due', '2026-05-01'), plain: ['LATER', 'SPACED'] },
  { name: 'drop approx', fast: (t) => removeFromItem(fastOf(t), ['timeline'], 0, 'approx'), slow: (p) => yRemoveFromItem(p, ['timeline'], 0, 'approx'), plain: ['LATER'] },
  { name: 'remove an entry', fast: (t) => removeItem(fastOf(t), 'timeline', 1), slow: (p) => yRemoveItem(p, ['timeline'], 1), plain: ['NEW', 'LATER'] },
  { name: 'remove the first entry', fast: (t) => removeItem(fastOf(t), 'timeline', 0), slow: (p) => yRemoveItem(p, ['timeline'], 0), plain: ['NEW', 'LATER'] },
  { name: 'remove the only action item', fast: (t) => removeItem(fastOf(t), 'action_items', 0), slow: (p) => yRemoveItem(p, ['action_items'], 0), plain: ['LATER'] },
  {
    name: 'insert a timeline entry in time order',
    fast: (t) => insertEntry(fastOf(t), entry, parseInstant(entry.at)!),
    slow: (p) => insertInSeq(p, ['timeline'], entry, insertionIndex(p.data.timeline as TimelineEntry[], parseInstant(entry.at)!)),
    plain: ['NEW', 'LATER'],
  },
  {
    name: 'insert a timeline entry before one with a comment above it',
    fast: (t) => insertEntry(fastOf(t), early, parseInstant(early.at)!),
    slow: (p) => insertInSeq(p, ['timeline'], early, insertionIndex(p.data.timeline as TimelineEntry[], parseInstant(early.at)!)),
    plain: ['NEW', 'LATER'],
  },
];

for (const edit of EDITS) {
  test(`fast edit: ${edit.name}, the same bytes as the YAML document's edit`, () => {
    for (const [name, text] of Object.entries(FILES)) {
      const parsed = parseIncidentText(text, 'x.md');
      let slow: string | Error;
      try {
        slow = edit.slow(parsed);
      } catch (error) {
        slow = error as Error; // nothing to edit there (no such item), or refused with a positioned error
      }
      const fast = edit.fast(text);
      if (slow instanceof Error) assert.equal(fast, undefined, `${edit.name} on ${name}: the YAML edit refuses (${slow.message})`);
      else if (fast !== undefined) assert.equal(fast, slow, `${edit.name} on ${name}`);
      if (edit.plain.includes(name.replace(', CRLF', ''))) assert.notEqual(fast, undefined, `${edit.name} on ${name} stepped aside`);
    }
  });
}

test('combined edits (one read-back) write what the YAML path writes one edit after another', () => {
  // After every entry: with no severity key and the timeline last, both edits insert at the end of the frontmatter.
  const entry: TimelineEntry = { at: '2026-03-01T16:00:00Z', kind: 'severity', by: 'Bo', text: 'SEV-2 -> SEV-1' };
  const noSeverity = NEW.replace('severity: SEV-2\n', '').replace('action_items: []\n', '');
  for (const [name, text] of Object.entries({ ...FILES, 'no severity, timeline last': noSeverity })) {
    const parsed = parseIncidentText(text, 'x.md');
    let slow: string;
    try {
      const withSeverity = parseIncidentText(setIn(parsed, ['severity'], 'SEV-1'), 'x.md');
      slow = insertInSeq(withSeverity, ['timeline'], entry, insertionIndex(withSeverity.data.timeline as TimelineEntry[], parseInstant(entry.at)!));
    } catch {
      continue;
    }
    const fast = combine(text, 'x.md', [(f) => setScalar(f, ['severity'], 'SEV-1'), (f) => insertEntry(f, entry, parseInstant(entry.at)!)]);
    if (fast !== undefined) assert.equal(fast, slow, name);
    if (name !== 'ODD') assert.notEqual(fast, undefined, `${name} stepped aside`);
  }
});
