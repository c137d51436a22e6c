// Minimal edits of one field of one action item (`action_items[i].issue`, `.status`, `.reason`).
// setIn addresses maps only, so an item's own map is handed to it as the root; a missing key is
// inserted as one new line under the item's other keys. Every other byte of the file stays.
import { Document, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Parsed } from '../document/document.ts';
import { setIn } from '../edit/edit.ts';
import { frontmatter, lineStart, splice } from '../edit/edit-text.ts';

export function setItemField(parsed: Parsed, index: number, key: string, value: string): string {
  const seq = parsed.doc.get('action_items', true);
  const item = isSeq(seq) ? seq.items[index] : undefined;
  if (!isMap(item) || !item.range) throw new Error(`action_items[${index}] is not a map`);
  if (item.flow) return rewriteFlowItem(parsed, item, key, value);
  const has = item.items.some((p) => isScalar(p.key) && p.key.value === key);
  if (has) {
    // setIn edits relative to doc.contents; node ranges are frontmatter offsets either way.
    const view = Object.assign(Object.create(parsed.doc) as Parsed['doc'], { contents: item });
    return setIn({ ...parsed, doc: view }, [key], value);
  }
  return insertKey(parsed, item, key, value);
}

function insertKey(parsed: Parsed, item: YAMLMap, key: string, value: string): string {
  const fm = frontmatter(parsed);
  const firstKey = item.items[0]!.key as Node;
  // The item's keys line up with its first key, which sits after `- ` on its line.
  const indent = ' '.repeat(firstKey.range![0] - lineStart(fm, firstKey.range![0]));
  const last = item.items[item.items.length - 1]!;
  // range[1], not range[2]: an empty value's node end runs on over the comment lines after it.
  const end = ((last.value as Node | null) ?? (last.key as Node)).range![1];
  const pos = end > 0 && fm[end - 1] === '\n' ? end : fm.indexOf('\n', end) === -1 ? fm.length : fm.indexOf('\n', end) + 1;
  const eol = parsed.split.eol;
  const lead = pos > 0 && fm[pos - 1] !== '\n' ? eol : '';
  return splice(parsed, pos, pos, `${lead}${indent}${key}: ${scalar(value)}${eol}`);
}

/** `- {id: AI-1, title: ...}`: that one item is written again as a flow map with the new value. */
function rewriteFlowItem(parsed: Parsed, item: YAMLMap, key: string, value: string): string {
  const data = { ...(item.toJS(parsed.doc) as Record<string, unknown>), [key]: value };
  const doc = new Document(data);
  (doc.contents as YAMLMap).flow = true;
  return splice(parsed, item.range![0], item.range![1], doc.toString({ lineWidth: 0 }).trim());
}

/** A scalar that fits on the line after `key: `: multi-line text as a JSON string, which is valid double-quoted YAML. */
function scalar(value: string): string {
  if (/[\r\n]/.test(value)) return JSON.stringify(value);
  return new Document(value).toString({ lineWidth: 0 }).replace(/\n$/, '');
}
