// Minimal edits inside one item of a top-level sequence (a thread, say), through the `yaml`
// package: for files the simple reader steps aside from. The item is cut out and edited as a
// frontmatter of its own with the helpers of edit.ts, then put back with its indentation, so
// comments and formatting inside the item survive too.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { parseIncidentText, splitFrontmatter, type Parsed } from '../document/document.ts';
import { insertInSeq, setIn } from '../edit/edit.ts';

/** Rewrites item `index` of the sequence `key` into `next`, key by key; undefined when the item's layout is unusual. */
export function updateSeqItem(parsed: Parsed, key: string, index: number, next: Record<string, unknown>): string | undefined {
  return editSeqItem(parsed, key, index, (item) => {
    let current = item;
    const old = item.data;
    const apply = (text: string) => (current = parseIncidentText(text));
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || same(old[k], v)) continue;
      const before = old[k];
      // A list that only grew (a thread's updates): add the new items, leave the rest alone.
      if (Array.isArray(before) && Array.isArray(v) && before.length > 0 && before.every((x, i) => same(x, v[i]))) {
        for (const added of v.slice(before.length)) apply(insertInSeq(current, [k], added));
      } else apply(setIn(current, [k], v));
    }
    for (const k of Object.keys(old)) if (next[k] === undefined) apply(removeKey(current, k));
    return current.text;
  });
}

/** Runs `edit` on item `index` of `key` as a document of its own and splices the result back. */
export function editSeqItem(parsed: Parsed, key: string, index: number, edit: (item: Parsed) => string): string | undefined {
  const seq = parsed.doc.get(key, true);
  if (!isSeq(seq) || seq.flow) return undefined;
  const item = seq.items[index] as Node | undefined;
  if (!isMap(item) || item.flow || !item.range) return undefined;
  const { text, split } = parsed;
  const fm = text.slice(split.fmStart, split.fmEnd);
  const start = fm.lastIndexOf('\n', item.range[0] - 1) + 1;
  const dash = fm.slice(start, item.range[0]);
  if (!/^ *- +$/.test(dash)) return undefined;
  const end = lineEndAfter(fm, item.range[2]);
  const col = dash.length;
  const lines = fm.slice(start, end).split(/(?<=\n)/);
  const inner: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (i === 0) inner.push(line.slice(col));
    else if (line.trim() === '') inner.push(line.replace(/^[ \t]+/, ''));
    else if (line.startsWith(' '.repeat(col))) inner.push(line.slice(col));
    else return undefined; // a line left of the item's content (a stray comment): not ours to move
  }
  const eol = split.eol;
  const own = parseIncidentText(`---${eol}${inner.join('')}---${eol}`);
  const changed = edit(own);
  const split2 = splitFrontmatter(changed);
  const body = changed.slice(split2.fmStart, split2.fmEnd);
  const back = body.split(/(?<=\n)/).map((line, i) =>
    i === 0 ? dash + line : line.trim() === '' ? line : ' '.repeat(col) + line).join('');
  return text.slice(0, split.fmStart + start) + back + text.slice(split.fmStart + end);
}

/** Removes a top-level key and its value (whole lines). */
export function removeKey(parsed: Parsed, key: string): string {
  const root = parsed.doc.contents;
  if (!isMap(root)) return parsed.text;
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Node, Node | null> | undefined;
  if (!pair?.key.range) return parsed.text;
  const fm = parsed.text.slice(parsed.split.fmStart, parsed.split.fmEnd);
  const start = fm.lastIndexOf('\n', pair.key.range[0] - 1) + 1;
  const end = lineEndAfter(fm, (pair.value ?? pair.key).range![2]);
  const base = parsed.split.fmStart;
  return parsed.text.slice(0, base + start) + parsed.text.slice(base + end);
}

function lineEndAfter(fm: string, end: number): number {
  if (end > 0 && fm[end - 1] === '\n') return end;
  const nl = fm.indexOf('\n', end);
  return nl === -1 ? fm.length : nl + 1;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
