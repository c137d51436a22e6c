// Positions in a parsed file's frontmatter text, and the splice every minimal edit ends with:
// shared by edit.ts, edit-items.ts and issue-sync-edit.ts.
import { isScalar, type Pair, type YAMLMap } from 'yaml';
import type { Parsed } from '../document/document.ts';

/** The pair of a block or flow map whose key is the plain string `key`. */
export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

export const frontmatter = (parsed: Parsed) => parsed.text.slice(parsed.split.fmStart, parsed.split.fmEnd);

export const lineStart = (fm: string, offset: number) => fm.lastIndexOf('\n', offset - 1) + 1;

/** The offset just past the line break that ends the line holding `end` (a node's end). */
export function lineEndAfter(fm: string, end: number): number {
  if (end > 0 && fm[end - 1] === '\n') return end;
  const nl = fm.indexOf('\n', end);
  return nl === -1 ? fm.length : nl + 1;
}

/** Replaces [start, end) of the frontmatter text and returns the whole new file text. */
export function splice(parsed: Parsed, start: number, end: number, text: string): string {
  const base = parsed.split.fmStart;
  return parsed.text.slice(0, base + start) + text + parsed.text.slice(base + end);
}
