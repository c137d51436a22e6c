// Which incidents are open, without parsing every file: the top-level `status:` line is read
// from the first kilobyte of each file; only files where that is not conclusive are read whole
// (the fast reader, then the YAML parser).
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { quickFields } from '../core/yaml/fast-frontmatter.ts';
import { OPEN_STATUSES, STATUSES, type Status } from '../core/model/types.ts';
import { listIncidentIds, type Repo } from './repo.ts';

const STATUS = new Set(['status']);
/** A top-level line whose value starts with a quote or a bracket, or a key that is not plain. */
const OPEN_VALUE = /^(?:[^\s#\n][^\n:]*:[ \t]+["'[{]|["'?[{])/m;
const HEAD = Buffer.alloc(1024);

export interface OpenScan {
  open: string[];
  /** Files that could not be read at all, with the reason: one of them might be open. */
  unreadable: string[];
}

export async function findOpenIncidents(repo: Repo): Promise<OpenScan> {
  const open: string[] = [];
  const unreadable: string[] = [];
  for (const id of listIncidentIds(repo)) {
    const path = join(repo.incidentsDir, `${id}.md`);
    let status: unknown = headStatus(path);
    if (status === undefined) {
      const text = readFileSync(path, 'utf8');
      status = quickFields(text, STATUS)?.status;
      if (status === undefined) {
        // Only for unusual files; outside the try: in a lane this import hands the command over (lane.ts).
        const { parseIncidentText } = await import('../core/document/document.ts');
        try {
          status = parseIncidentText(text).data.status;
        } catch (error) {
          unreadable.push(`${id} (${(error as Error).message})`);
          continue;
        }
      }
    }
    if (OPEN_STATUSES.includes(status as Status)) open.push(id);
  }
  return { open, unreadable };
}

/**
 * The status from a top-level `status: <word>` line in the file's first kilobyte, when that line
 * is there, whole, inside the frontmatter, and names a known status; else undefined.
 */
function headStatus(path: string): Status | undefined {
  const fd = openSync(path, 'r');
  let size: number;
  try {
    size = readSync(fd, HEAD, 0, HEAD.length, 0);
  } finally {
    closeSync(fd);
  }
  const head = HEAD.toString('utf8', 0, size);
  const m = /^(?:\uFEFF)?---\r?\n(?:(?!(?:---|\.\.\.)[ \t]*\r?\n)[^\n]*\n)*?status:[ \t]*([a-z]+)[ \t]*(?:#[^\n]*)?\r?\n/.exec(head);
  const status = m?.[1];
  // A quoted or flow value left open above may hold the `status:` line (`title: "a` then
  // `status: resolved"` on the next line): then the whole file's reader decides.
  if (!status || OPEN_VALUE.test(m[0])) return undefined;
  return (STATUSES as readonly string[]).includes(status) ? (status as Status) : undefined;
}
