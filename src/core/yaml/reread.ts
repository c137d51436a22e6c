// Reading a frontmatter again after a minimal edit, where the edit is and nowhere else. The simple
// reader goes line by line, and what it makes of a top-level key's lines (up to the next top-level
// key) does not depend on the lines around them; nor, in a top-level block sequence (`timeline:`),
// does what it makes of one item's lines (up to the next item). So the lines an edit touched are
// read on their own and the rest of the data is taken over: the same data as reading the whole
// text, for a fraction of it (an entry logged: its lines and the entry before, not 190 lines):
// `incident severity` took 35.7 ms of CPU reading the whole text back, 34.0 this way; `thread`
// 36.7 and 33.8 (it read the text twice more; Node 24.21, medians of 31 interleaved runs).
// Anything unusual (a line break YAML has and lines do not, a key the edit makes twice, an edit
// before the first key...) is left to the whole read. test/reread.test.ts compares the two on
// every edit the fast edits make and on random splices of the corpus.
import { parseSimpleYaml, type SimpleDoc } from './simple-yaml.ts';

/** Text put in place of old[start, end) (offsets into the text read before). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** A line's start that is not a space, `#`, a line break or a sequence item's dash (`-` alone or before a space). */
const TOP_LEVEL_LINE = /^(?:[^ #\r\n-]|-[^ \r\n])/gm;

const hasOddBreak = (s: string) => s.includes('\u2028') || s.includes('\u2029') || (s.includes('\r') && /\r(?!\n)/.test(s));

/**
 * The data of `next` (the frontmatter `oldFm`, read as `old`, with `splices` made: sorted, not
 * overlapping), as parseSimpleYaml(next) reads it; undefined when this is not sure of it (the
 * caller then reads `next` whole, which also says whether it can be read at all).
 */
export function rereadData(oldFm: string, old: SimpleDoc, splices: readonly Splice[], next: string): Record<string, unknown> | undefined {
  if (splices.length === 0 || hasOddBreak(oldFm) || hasOddBreak(next)) return undefined;
  // The lines of top-level keys: the only lines at column 0 that are neither blank, a comment nor
  // a sequence item (`-` alone or with a space), in a text the reader took.
  // Found by one expression, not line by line: a long timeline has a thousand lines and more.
  const starts: number[] = [];
  for (const m of oldFm.matchAll(TOP_LEVEL_LINE)) starts.push(m.index);
  const keys = Object.keys(old.data);
  if (starts.length !== keys.length || starts.length === 0) return undefined;
  const blockEnd = (k: number) => (k + 1 < starts.length ? starts[k + 1]! : oldFm.length);
  // Each splice's block: an insertion at a block's start goes on the block before it (it follows
  // that block's last line); anything before the first key is the whole read's. Splices in one
  // block (or spanning several) make a group, read on its own.
  const blockOf = (s: Splice) => {
    let k = starts.length - 1;
    while (k >= 0 && (s.start === s.end ? starts[k]! >= s.start : starts[k]! > s.start)) k--;
    return k;
  };
  const groups: { first: number; last: number; splices: Splice[] }[] = [];
  for (const s of splices) {
    const k = blockOf(s);
    if (k < 0) return undefined;
    let last = k;
    while (s.end > blockEnd(last)) last++;
    const g = groups[groups.length - 1];
    if (g && k <= g.last) {
      g.last = Math.max(g.last, last);
      g.splices.push(s);
    } else groups.push({ first: k, last, splices: [s] });
  }
  // What follows the lines read must start a line of its own, as it did.
  const endsLine = (end: number) => end === next.length || next.charCodeAt(end - 1) === 10;
  const data: Record<string, unknown> = {};
  // Every key once: a key written twice is an error the whole read reports.
  const put = (key: string, value: unknown) => !Object.hasOwn(data, key) && ((data[key] = value), true);
  let shift = 0; // where the old text's offsets are in the new text, so far
  let k = 0;
  for (const g of groups) {
    for (; k < g.first; k++) if (!put(keys[k]!, old.data[keys[k]!])) return undefined;
    const delta = g.splices.reduce((d, s) => d + s.text.length - (s.end - s.start), 0);
    const items = g.first === g.last ? rereadItems(old, g.splices, next, keys[g.first]!, blockEnd(g.first), shift, delta, endsLine) : undefined;
    if (items !== undefined) {
      if (!put(keys[g.first]!, items)) return undefined;
    } else {
      // The group's blocks, read as a frontmatter of their own.
      const end = blockEnd(g.last) + shift + delta;
      const unit = endsLine(end) ? parseSimpleYaml(next.slice(starts[g.first]! + shift, end)) : undefined;
      if (!unit) return undefined;
      for (const [key, value] of Object.entries(unit.data)) if (!put(key, value)) return undefined;
    }
    shift += delta;
    k = g.last + 1;
  }
  for (; k < keys.length; k++) if (!put(keys[k]!, old.data[keys[k]!])) return undefined;
  return data;
}

/**
 * The new items of the top-level block sequence `key` when every splice is inside its items (an
 * insertion at an item's start goes on the item before it), read as a sequence of their own;
 * undefined when the splices are elsewhere in the block.
 */
function rereadItems(
  old: SimpleDoc, splices: readonly Splice[], next: string, key: string, end: number, shift: number, delta: number, endsLine: (end: number) => boolean,
): unknown[] | undefined {
  const layout = old.seqs.get(key);
  const list = old.data[key];
  if (!layout || !Array.isArray(list) || layout.items.length !== list.length || list.length === 0) return undefined;
  const items = layout.items;
  const itemOf = (s: Splice) => {
    let j = items.length - 1;
    while (j >= 0 && (s.start === s.end ? items[j]! >= s.start : items[j]! > s.start)) j--;
    return j;
  };
  const first = itemOf(splices[0]!);
  const last = itemOf(splices[splices.length - 1]!);
  const itemEnd = last + 1 < items.length ? items[last + 1]! : end;
  if (first < 0 || splices[splices.length - 1]!.end > itemEnd || !endsLine(itemEnd + shift + delta)) return undefined;
  const text = next.slice(items[first]! + shift, itemEnd + shift + delta);
  // Under a key of its own, the lines start a sequence at their own indentation: it must be the
  // file's (the whole read refuses an item at another).
  const read = parseSimpleYaml(`x:\n${text}`);
  let unit = read?.data.x;
  if (Array.isArray(unit) && read!.seqs.get('x')?.indent !== layout.indent) return undefined;
  // Every line of the items gone (an item removed), or only comments left: no item, when others
  // are left (none left, the key is null: the whole read's).
  const others = first > 0 || last < items.length - 1;
  if (unit === null && others && read !== undefined && /^(?:[ ]*(?:#[^\n]*)?\r?\n)*$/.test(text)) unit = [];
  if (!Array.isArray(unit) || Object.keys(read!.data).length !== 1) return undefined;
  return [...list.slice(0, first), ...unit, ...list.slice(last + 1)];
}

/**
 * Edits as splices for rereadData: sorted, insertions at one place joined in the order given
 * (applyEdits makes them so); undefined when two overlap.
 */
export function splicesOf(edits: readonly Splice[]): Splice[] | undefined {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i).map(({ e }) => e);
  const out: Splice[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.start === prev.end && e.start === prev.start && e.end === e.start) out[out.length - 1] = { start: e.start, end: e.end, text: prev.text + e.text };
    else if (prev && e.start < prev.end) return undefined;
    else out.push(e);
  }
  return out;
}
