// The merge driver's core: two versions of an incident file and their common ancestor in, one
// file out. Timeline entries, threads, evidence and action items merge as sets; other fields
// merge three-way, with git's conflict markers where both sides changed one differently; the
// Markdown body is merged by the caller's line merge (git merge-file). Ours' text is the base of
// the result, so everything neither side changed stays byte for byte. Pure.
import { DocumentError } from '../util/errors.ts';
import { applyEdits, readFast, type Edit, type FastDoc } from '../edit/splice.ts';
import { planList, SET_LISTS, type ListPlan } from './merge-lists.ts';
import { listEdits, valueEdits, type Mode, type Sides } from './merge-text.ts';
import { canon, merge3, unionKeys, type Path } from './merge-values.ts';
import { parseSimpleYaml } from '../yaml/simple-yaml.ts';

/** A three-way line merge (git merge-file): the text, with markers, and how many conflicts. */
export type LineMerge = (base: string, ours: string, theirs: string) => { text: string; conflicts: number };

export type MergeOutcome =
  /** `notes`: what the merge decided that a person may want to know (say, a removal that won over an edit). */
  | { kind: 'merged'; text: string; conflicts: string[]; notes: string[] }
  /** The files are not what this merge understands: merge them line by line instead. */
  | { kind: 'fallback'; reason: string };

const EMPTY: FastDoc = { text: '', split: { fmStart: 0, fmEnd: 0, bodyStart: 0, eol: '\n' }, fm: '', doc: { data: {}, seqs: new Map(), lineStarts: [] } };

export function mergeIncident(base: string, ours: string, theirs: string, lines: LineMerge): MergeOutcome {
  let o: FastDoc | undefined;
  let a: FastDoc | undefined;
  let b: FastDoc | undefined;
  try {
    // No ancestor (both sides created the file): merge against nothing.
    o = base.trim() === '' ? EMPTY : readFast(base);
    a = readFast(ours, undefined, { places: true });
    b = readFast(theirs, undefined, { places: true });
  } catch (error) {
    if (error instanceof DocumentError) return { kind: 'fallback', reason: 'a version has no frontmatter' };
    throw error;
  }
  if (!o || !a || !b) return { kind: 'fallback', reason: 'a version uses YAML beyond the plain subset this merge reads' };
  // A flow map's entries share a line: the line-based splices below cannot edit one of them.
  if (o.doc.flowMaps || a.doc.flowMaps || b.doc.flowMaps) return { kind: 'fallback', reason: 'a version has a flow map ({ ... })' };

  const [od, ad, bd] = [o.doc.data, a.doc.data, b.doc.data];
  const keys = unionKeys(ad, bd);
  const plans = new Map<string, ListPlan>();
  const merged: Record<string, unknown> = {};
  const conflicts: Path[] = [];
  const notes: string[] = [];
  const isList = (v: unknown) => v === undefined || v === null || Array.isArray(v);
  for (const key of keys) {
    const [ov, av, bv] = [od[key], ad[key], bd[key]];
    const asList = (v: unknown) => (Array.isArray(v) ? v : []);
    if ((SET_LISTS as readonly string[]).includes(key) && [ov, av, bv].every(isList) && (asList(av).length || asList(bv).length)) {
      const plan = planList(key, asList(ov), asList(av), asList(bv));
      plans.set(key, plan);
      merged[key] = plan.value;
      conflicts.push(...plan.conflicts);
      notes.push(...plan.notes);
    } else {
      const m = merge3(ov, av, bv, [key]);
      if (m.value !== undefined) merged[key] = m.value;
      conflicts.push(...m.conflicts);
    }
  }
  const expected = Object.fromEntries(keys.filter((k) => merged[k] !== undefined).map((k) => [k, merged[k]]));

  const render = (mode: Mode): string => {
    const sides: Sides = { ours: a!, theirs: b!, eol: a!.split.eol, mode };
    const edits: Edit[] = [];
    for (const key of keys) {
      const plan = plans.get(key);
      // An emptied list is written as a value (`key: []`): listEdits would leave `key:` (null).
      if (plan && plan.value.length && a!.doc.seqs.get(key)?.items.length) listEdits(sides, key, plan, edits);
      else valueEdits(sides, [key], ad[key], merged[key], bd[key], plan ? [] : conflicts, edits);
    }
    return applyEdits(a!.fm, edits);
  };
  // Resolved to ours, the result must read back as the merge: else this merge is wrong, and git's own line merge takes over.
  const resolved = render('ours');
  const check = parseSimpleYaml(resolved);
  if (!check || canon(check.data) !== canon(expected)) return { kind: 'fallback', reason: 'the merged frontmatter did not read back as merged' };
  const fm = conflicts.length ? render('markers') : resolved;

  const body = (f: FastDoc) => f.text.slice(f.split.bodyStart);
  const [bo, ba, bb] = [body(o), body(a), body(b)];
  let merge = { text: ba, conflicts: 0 };
  if (bo === ba) merge.text = bb;
  else if (bo !== bb && ba !== bb) merge = lines(bo, ba, bb);

  const text = ours.slice(0, a.split.fmStart) + fm + ours.slice(a.split.fmEnd, a.split.bodyStart) + merge.text;
  const described = conflicts.map((p) => p.join(' '));
  if (merge.conflicts) described.push('the Markdown body');
  return { kind: 'merged', text, conflicts: described, notes };
}
