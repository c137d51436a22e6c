// The YAML-document path of the write commands, loaded only when a file takes it: when a fast edit
// (src/core/edit/fast-edit.ts) steps aside. In a lane the import hands the command over to the full CLI.
import { parseIncidentText } from '../core/document/document.ts';
import { insertInSeq, setIn } from '../core/edit/edit.ts';
import { removeFromItem, removeItem, setInItem } from '../core/edit/edit-items.ts';
import { timelineOf, timeZoneOf } from '../core/document/incident.ts';
import type { TextChange } from '../io/incident-store.ts';
import type { Loaded } from '../io/incident-doc.ts';
import type { EditOps } from './edit-ops.ts';
import { withEntry } from './entry.ts';
export { insertInSeq, parseIncidentText, removeFromItem, removeItem, setIn, setInItem, timelineOf, timeZoneOf, withEntry };

/** updateIncident's change on the text read under the lock: parsed, changed, the result parsed again. */
export function changeIncident<R>(text: string, shown: string, id: string, change: (incident: Loaded) => TextChange<R>): TextChange<R> {
  const incident = { ...parseIncidentText(text, shown), id: id.replace(/\.md$/, ''), shown };
  const next = change(incident);
  if (next.text !== text) parseIncidentText(next.text, shown); // never write what we could not read back
  return next;
}

/** The YAML document's editor for edit-ops.ts (it never steps aside: it writes, or throws a positioned error). */
export const yamlOps: EditOps<Loaded> = {
  read: (text, like) => ({ ...parseIncidentText(text, like.shown), id: like.id, shown: like.shown }),
  timeline: (doc) => timelineOf(doc, doc.shown),
  timeZone: (doc, fallback) => timeZoneOf(doc, fallback(), doc.shown),
  setIn: (doc, path, value) => setIn(doc, path, value),
  insertInSeq: (doc, path, item) => insertInSeq(doc, path, item),
  setInItem: (doc, path, index, key, value) => setInItem(doc, path, index, key, value),
  removeFromItem: (doc, path, index, key) => removeFromItem(doc, path, index, key),
  removeItem: (doc, path, index) => removeItem(doc, path, index),
  addEntry: (doc, ctx, e) => withEntry(ctx, doc, e),
};
