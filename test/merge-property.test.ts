// The merge as a property: from a common ancestor, each side keeps, amends or removes each item of
// the timeline, threads, action items and evidence, and adds items of its own; the merge must give
// exactly what a person expects: every removal stays removed (also when the other side amended the
// item), every amendment is there, every addition once, nothing else, no conflict, and the same
// sets whichever side pulls. A merge that ignored deletions anywhere (the bug of issue 19) fails it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { mergeIncident } from '../src/core/merge/merge.ts';
import { gitMergeFile } from '../src/io/git-merge.ts';

type Item = Record<string, unknown>;
interface Doc {
  /** A list of plain values (merged as a multiset, as services, experts and thread updates are). */
  services: string[];
  timeline: Item[];
  threads: Item[];
  action_items: Item[];
  evidence: Item[];
}
const LISTS = ['timeline', 'threads', 'action_items', 'evidence'] as const;
type List = (typeof LISTS)[number];

const q = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));
function itemLines(item: Item, indent: string): string {
  let out = '';
  let first = true;
  for (const [k, v] of Object.entries(item)) {
    const lead = first ? `${indent}- ` : `${indent}  `;
    first = false;
    if (Array.isArray(v)) out += `${lead}${k}:\n${v.map((u) => itemLines(u as Item, `${indent}    `)).join('')}`;
    else out += `${lead}${k}: ${q(v)}\n`;
  }
  return out;
}
function text(doc: Doc): string {
  let fm = 'id: 2026-03-01-checkout\ntitle: Checkout fails\nkind: incident\nseverity: SEV-2\nstatus: investigating\ntimezone: UTC\n';
  fm += doc.services.length ? `services:\n${doc.services.map((x) => `  - ${x}\n`).join('')}` : 'services: []\n';
  for (const list of LISTS) fm += doc[list].length ? `${list}:\n${doc[list].map((i) => itemLines(i, '  ')).join('')}` : `${list}: []\n`;
  return `---\n${fm}---\n\n## Summary\n\nCheckout failed.\n`;
}

const at = (minute: number) => `2026-03-01T14:${String(minute).padStart(2, '0')}:00Z`;

/** The ancestor: n items in each list, every one distinct. */
function baseDoc(n: Record<List, number>): Doc {
  const range = (k: number) => Array.from({ length: k }, (_, i) => i);
  return {
    services: range(n.evidence + 2).map((i) => `service-${i}`),
    timeline: range(n.timeline).map((i) => ({ at: at(i * 3), kind: 'note', by: 'alice', text: `base entry ${i}` })),
    // Threads of both kinds: the ids of now and the numbers of older files.
    threads: range(n.threads).map((i) => ({ ...(i % 2 ? { number: i } : { id: `t${'bcdfg'[i % 5]}${i}x${i}` }), question: `Question ${i}?`, status: 'open' })),
    action_items: range(n.action_items).map((i) => ({ id: i % 2 ? `AI-${i}` : `AI-k${i}m${i}q`, title: `Add guard ${i}`, status: 'open' })),
    evidence: range(n.evidence).map((i) => ({ file: `2026-03-01-checkout/evidence/b${i}.log`, sha256: 'a'.repeat(64), size: i + 1, at: at(i * 3 + 1) })),
  };
}

/**
 * What one side does to an ancestor item. amend/amend (timeline entries only) amends different
 * fields on each side: both amendments are kept; the same field amended differently is a conflict,
 * tested on its own (merge-semantics).
 */
type Fate = 'keep' | 'remove' | 'amend';
const FATES: [Fate, Fate][] = [['keep', 'keep'], ['remove', 'keep'], ['keep', 'remove'], ['remove', 'remove'], ['amend', 'keep'], ['keep', 'amend'], ['amend', 'remove'], ['remove', 'amend'], ['amend', 'amend']];

/** Timeline amendments: the text, the time, approx, or the time and the text at once (`incident amend --at --text`, an edited /log). */
const TIMELINE_AMENDS = 4;
/** For amend/amend: the variants that change none of the fields variant v changes. */
const DISJOINT: number[][] = [[1, 2], [0, 2], [0, 1, 3], [2]];

/** One field changed (two for a timeline entry's time and text), as `incident amend`, `thread update`, `action ... --status` or an edited note do. */
function amended(list: List, item: Item, variant: number, side: string): Item {
  switch (list) {
    case 'timeline':
      switch (variant % TIMELINE_AMENDS) {
        case 0: return { ...item, text: `${item.text} (amended by ${side})` };
        case 1: return { ...item, at: String(item.at).replace(/:00Z$/, ':30Z') };
        case 2: return { ...item, approx: true };
        default: return { ...item, at: String(item.at).replace(/:00Z$/, ':20Z'), text: `${item.text}, reworded by ${side}` };
      }
    case 'threads':
      return { ...item, updates: [{ at: at(50), by: side, text: `${side} found it` }] };
    case 'action_items':
      return { ...item, status: 'done' };
    case 'evidence':
      return { ...item, note: `${side}'s note` };
  }
}

function added(list: List, side: string, i: number, minute: number): Item {
  switch (list) {
    case 'timeline':
      return { at: at(minute), kind: 'note', by: side, text: `${side} logged ${i}` };
    case 'threads':
      return { id: `${side === 'ours' ? 'o' : 'w'}${'hjkmn'[i % 5]}${i}p${i}`, question: `${side} asks ${i}?`, status: 'open' };
    case 'action_items':
      return { id: `AI-${side === 'ours' ? 'r' : 's'}${i}v${i}z`, title: `Write ${side} runbook ${i}`, status: 'open' };
    case 'evidence':
      return { file: `2026-03-01-checkout/evidence/${side}-${i}.log`, sha256: 'b'.repeat(64), size: 1, at: at(minute) };
  }
}

/** An entry logged at its time: after the last entry at or before it (like incident log). */
function insertByTime(list: Item[], item: Item): void {
  let i = list.length;
  while (i > 0 && String(list[i - 1]!.at) > String(item.at)) i--;
  list.splice(i, 0, item);
}

interface Scenario {
  base: Doc;
  ours: Doc;
  theirs: Doc;
  expected: Record<List, Item[]> & { services: string[] };
}

const scenario = fc.record({
  n: fc.record({ timeline: fc.integer({ min: 1, max: 6 }), threads: fc.integer({ min: 0, max: 4 }), action_items: fc.integer({ min: 0, max: 4 }), evidence: fc.integer({ min: 0, max: 3 }) }),
  fates: fc.array(fc.integer({ min: 0, max: FATES.length - 1 }), { minLength: 20, maxLength: 20 }),
  variants: fc.array(fc.nat(5), { minLength: 20, maxLength: 20 }),
  adds: fc.record({ ours: fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 3 }), theirs: fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 3 }) }),
  both: fc.boolean(),
}).map(({ n, fates, variants, adds, both }): Scenario => {
  const base = baseDoc(n);
  const ours: Doc = { services: [], timeline: [], threads: [], action_items: [], evidence: [] };
  const theirs: Doc = { services: [], timeline: [], threads: [], action_items: [], evidence: [] };
  const expected: Record<List, Item[]> & { services: string[] } = { services: [], timeline: [], threads: [], action_items: [], evidence: [] };
  let f = 0;
  base.services.forEach((x) => {
    const [mine, other] = FATES[fates[f++ % fates.length]!]!; // amend counts as keep: a name has nothing to amend
    if (mine !== 'remove') ours.services.push(x);
    if (other !== 'remove') theirs.services.push(x);
    if (mine !== 'remove' && other !== 'remove') expected.services.push(x);
  });
  for (const [side, doc] of [['ours', ours], ['theirs', theirs]] as const) {
    adds[side].forEach((_, i) => {
      doc.services.push(`${side}-service-${i}`);
      expected.services.push(`${side}-service-${i}`);
    });
  }
  for (const list of LISTS) {
    base[list].forEach((item) => {
      let [mine, other] = FATES[fates[f % fates.length]!]!;
      if (mine === 'amend' && other === 'amend' && list !== 'timeline') other = 'keep';
      const variant = variants[f++ % variants.length]!;
      const both = mine === 'amend' && other === 'amend';
      const partners = DISJOINT[variant % TIMELINE_AMENDS]!;
      const o = mine === 'amend' ? amended(list, item, variant, 'ours') : item;
      const t = other === 'amend' ? amended(list, item, both ? partners[variant % partners.length]! : variant, 'theirs') : item;
      if (mine !== 'remove') ours[list].push(o);
      if (other !== 'remove') theirs[list].push(t);
      if (mine !== 'remove' && other !== 'remove') expected[list].push(both ? { ...o, ...changed(item, t) } : mine === 'amend' ? o : t);
    });
    for (const [side, doc] of [['ours', ours], ['theirs', theirs]] as const) {
      adds[side].forEach((minute, i) => {
        const item = added(list, side, i, minute);
        if (list === 'timeline' || list === 'evidence') insertByTime(doc[list], item);
        else doc[list].push(item);
        expected[list].push(item);
      });
    }
    if (both) {
      // The same item added on both sides (the same entry logged twice, the same file saved twice): once.
      const same = added(list, 'both', 9, 55);
      for (const doc of [ours, theirs]) (list === 'timeline' || list === 'evidence' ? insertByTime(doc[list], same) : doc[list].push(same));
      expected[list].push(same);
    }
  }
  return { base, ours, theirs, expected };
});

/** The fields of `after` that differ from `before`. */
const changed = (before: Item, after: Item): Item => Object.fromEntries(Object.entries(after).filter(([k, v]) => before[k] !== v));

const canon = (v: unknown): string => (Array.isArray(v) ? `[${v.map(canon).join(',')}]` : v && typeof v === 'object'
  ? `{${Object.keys(v).sort().map((k) => `${k}:${canon((v as Item)[k])}`).join(',')}}` : JSON.stringify(v));
const bag = (items: unknown[]) => items.map(canon).sort();

function check(s: Scenario, swap: boolean): void {
  const [a, b] = swap ? [s.theirs, s.ours] : [s.ours, s.theirs];
  const r = mergeIncident(text(s.base), text(a), text(b), gitMergeFile);
  assert.equal(r.kind, 'merged', JSON.stringify(r));
  if (r.kind !== 'merged') return;
  assert.deepEqual(r.conflicts, []);
  assert.doesNotMatch(r.text, /^(<<<<<<<|=======|>>>>>>>)/m);
  const data = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(r.text)![1]!) as Record<List, Item[] | null> & { services: string[] | null };
  assert.deepEqual([...(data.services ?? [])].sort(), [...s.expected.services].sort(), `services${swap ? ' (theirs pulls)' : ''}`);
  for (const list of LISTS) {
    assert.deepEqual(bag(data[list] ?? []), bag(s.expected[list]), `${list}${swap ? ' (theirs pulls)' : ''}`);
  }
}

describe('merge properties', () => {
  it('removals stay removed, amendments stay amended, additions appear once; the same whichever side pulls', () => {
    fc.assert(fc.property(scenario, (s) => {
      check(s, false);
      check(s, true);
    }), { numRuns: 300, seed: 19 });
  });
});
