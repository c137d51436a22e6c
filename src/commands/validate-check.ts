// Checking one incident file for the validation cache: its findings, its content hash and its id.
import { readFileSync } from 'node:fs';
import type { Config } from '../core/config/config.ts';
import type { PublicTemplates } from '../core/publish/public-check.ts';
import { checkText } from '../core/validate/engine.ts';
import type { Diagnostic } from '../core/rules/types.ts';
import { quickFields } from '../core/yaml/fast-frontmatter.ts';
import { today } from '../core/rules/postmortem-process.ts';
import { hashText } from '../io/validate-cache.ts';

const TIMEZONE = new Set(['timezone']);

export interface Job {
  /** Absolute path to read. */
  path: string;
  /** The file as shown in messages. */
  file: string;
}

export interface Checked {
  /** Content hash (for the cache); empty when not asked for. */
  hash: string;
  diagnostics: Diagnostic[];
  /** The frontmatter id (for the repository-wide uniqueness check), if it has one. */
  id?: string;
  /** The file's time zone, and its date then (see DatedFindings); undefined when not plainly written. */
  zone?: string;
  date?: string;
}

export interface Shared {
  config: Config;
  now: number;
  template: string;
  /** The templates public output is made from (the public-leak rule renders public incidents). */
  publicTemplates?: PublicTemplates;
  /** Hash each file's text for the cache (not when there is no cache to keep). */
  hash: boolean;
}

export async function checkFile(job: Job, shared: Shared, text = readFileSync(job.path, 'utf8')): Promise<Checked> {
  const { diagnostics, data } = await checkText({ file: job.file, text, config: shared.config, now: shared.now, template: shared.template, publicTemplates: shared.publicTemplates });
  const id = /^id:[ \t]*['"]?([^'"\s#]+)/m.exec(text)?.[1];
  // The zone the due-date rule used; for a file it could not read, whatever a plain line says.
  const fields = data ?? quickFields(text, TIMEZONE);
  const zone = fields === undefined ? undefined : typeof fields.timezone === 'string' ? fields.timezone : '';
  const date = zone === undefined ? undefined : today(shared.now, zone || undefined);
  return { hash: shared.hash ? hashText(text) : '', diagnostics, id, zone, date };
}

/** At most one worker per this many files, whatever --threads asks (validate-pool.ts; the default is src/io/threads.ts's). */
export const PARALLEL_FROM = 200;

/** Whether this thread has checked a file (the validate lane's code cache waits for such a run: bin/incident.cjs). */
let checkedHere = false;
export const checkedInThisThread = (): boolean => checkedHere;

export async function checkInTurn(jobs: Job[], shared: Shared): Promise<Checked[]> {
  if (jobs.length > 0) checkedHere = true;
  const out: Checked[] = [];
  // Many files' results copied out of their texts, as a worker's come (a structured clone): an id or
  // a finding sliced from a file keeps the whole text alive. A cold run of 2,999 files of 35 KB in
  // this thread (src/io/threads.ts), Node 24: max RSS 298-302 -> 231-290 MB (the peak is when V8
  // runs a full collection), for ~7 us a file.
  const detach = jobs.length >= PARALLEL_FROM;
  for (const job of jobs) {
    const checked = await checkFile(job, shared);
    out.push(detach ? structuredClone(checked) : checked);
  }
  return out;
}
