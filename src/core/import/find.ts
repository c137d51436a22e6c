// Which file an earlier import of the same source incident wrote: its `import:` block's source and
// source_id, read from the text without parsing the YAML (a run reads every incident file once).
import { inlineValue, stripComment } from '../yaml/fast-frontmatter.ts';

export interface ImportKey {
  source: string;
  sourceId: string;
}

const BLOCK = /^import:[ \t]*(?:#.*)?\r?\n((?:(?:[ \t]+\S.*|[ \t]*)(?:\r?\n|$))*)/m;

/** The key of the file's `import:` block, or undefined (no block, or one this reader is unsure of). */
export function importKeyOf(text: string): ImportKey | undefined {
  if (!text.startsWith('---')) return undefined;
  const close = text.search(/\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/); // the frontmatter's end
  if (close < 0) return undefined;
  const m = BLOCK.exec(text.slice(0, close + 1));
  if (!m) return undefined;
  const lines = m[1]!.split(/\r?\n/);
  const indent = /^[ \t]+/.exec(lines.find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '')?.[0];
  if (!indent) return undefined;
  const value = (key: string) => {
    const line = lines.find((l) => l.startsWith(`${indent}${key}:`) && !/^[ \t]/.test(l.slice(indent.length)));
    if (line === undefined) return undefined;
    const raw = stripComment(line.slice(indent.length + key.length + 1).trim());
    const v = raw ? inlineValue(raw) : undefined;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  };
  const source = value('source');
  const sourceId = value('source_id');
  return source && sourceId ? { source, sourceId } : undefined;
}

export const keyText = (k: ImportKey) => `${k.source}\t${k.sourceId}`;
