// Which incidents are open, without parsing every file: a fast read of `status` per file,
// the YAML parser only for files the fast read is unsure about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quickFields } from '../core/fast-frontmatter.ts';
import { OPEN_STATUSES, type Status } from '../core/types.ts';
import { listIncidentIds, type Repo } from './repo.ts';

const STATUS = new Set(['status']);

export interface OpenScan {
  open: string[];
  /** Files that could not be read at all, with the reason: one of them might be open. */
  unreadable: string[];
}

export async function findOpenIncidents(repo: Repo): Promise<OpenScan> {
  const open: string[] = [];
  const unreadable: string[] = [];
  for (const id of listIncidentIds(repo)) {
    const text = readFileSync(join(repo.incidentsDir, `${id}.md`), 'utf8');
    let status = quickFields(text, STATUS)?.status;
    if (status === undefined) {
      try {
        const { parseIncidentText } = await import('../core/document.ts'); // only for unusual files
        status = parseIncidentText(text).data.status as string;
      } catch (error) {
        unreadable.push(`${id} (${(error as Error).message})`);
        continue;
      }
    }
    if (OPEN_STATUSES.includes(status as Status)) open.push(id);
  }
  return { open, unreadable };
}
