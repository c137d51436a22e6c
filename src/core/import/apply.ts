// Makes a re-import's edits on the file's text: the fast edits (no YAML package) when every one of
// them can, else the YAML document's, one after another. Either way only the edited values change.
// Field and item edits go first (their indexes are the file's), then insertions in the order given.
import { appendItem, chain, insertEntry, setInItem as fastSetInItem, setScalar } from '../edit/fast-edit.ts';
import type { FastDoc } from '../edit/splice.ts';
import { parseIncidentText } from '../document/document.ts';
import { insertInSeq, setIn } from '../edit/edit.ts';
import { setInItem } from '../edit/edit-items.ts';
import { insertionIndex } from '../timeline/timeline.ts';
import type { ImportEdit } from './reimport.ts';

const ordered = (edits: readonly ImportEdit[]) => [
  ...edits.filter((e) => e.op === 'set' || e.op === 'item'),
  ...edits.filter((e) => e.op === 'entry' || e.op === 'insert'),
];

export function applyImportEdits(text: string, file: string, edits: readonly ImportEdit[]): string {
  if (edits.length === 0) return text;
  const steps = ordered(edits);
  const fast = chain(text, file, steps.map((e) => (f: FastDoc) => fastEdit(f, e)));
  if (fast !== undefined) return fast;
  let current = text;
  for (const e of steps) current = yamlEdit(current, file, e);
  parseIncidentText(current, file); // never write what cannot be read back
  return current;
}

function fastEdit(f: FastDoc, e: ImportEdit): string | undefined {
  switch (e.op) {
    case 'set':
      return setScalar(f, e.path, e.value);
    case 'item':
      return fastSetInItem(f, e.path, e.index, e.key, e.value);
    case 'entry': {
      const timeline = f.doc.data.timeline;
      return Array.isArray(timeline) && timeline.length > 0 ? insertEntry(f, e.entry, e.ms) : appendItem(f, ['timeline'], e.entry);
    }
    case 'insert': {
      let list: unknown = f.doc.data;
      for (const k of e.path) list = (list as Record<string, unknown> | undefined)?.[k];
      const length = Array.isArray(list) ? list.length : 0;
      return e.index === length ? appendItem(f, e.path, e.item) : undefined;
    }
  }
}

function yamlEdit(text: string, file: string, e: ImportEdit): string {
  const parsed = parseIncidentText(text, file);
  switch (e.op) {
    case 'set':
      return setIn(parsed, e.path, e.value);
    case 'item':
      return setInItem(parsed, e.path, e.index, e.key, e.value);
    case 'entry': {
      const timeline = Array.isArray(parsed.data.timeline) ? (parsed.data.timeline as { at: string }[]) : [];
      return insertInSeq(parsed, ['timeline'], e.entry, insertionIndex(timeline.map((t) => ({ at: String(t?.at) })), e.ms));
    }
    case 'insert':
      return insertInSeq(parsed, e.path, e.item, e.index);
  }
}
