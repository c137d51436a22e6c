// `incident evidence <id> add <file...>` and `run -- <command...>`: save files under
// incidents/<id>/evidence/, record each (SHA-256, size, time, who, how) in the frontmatter and log
// an `evidence` entry. All or nothing: on any failure the saved copies are removed again. Secrets
// (token-like environment values, known token formats) are scrubbed before anything is saved.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CommandError, UsageError } from '../core/util/errors.ts';
import { evidenceOf, evidenceText, safeName, shellQuote, stamp, tooLarge, uniqueName, type EvidenceItem } from '../core/model/evidence.ts';
import { commitEdits, fastIncident, insertIntoSeq, timelineEdit } from '../core/edit/splice.ts';
import { makeEntry } from '../core/timeline/new-entry.ts';
import { askForAt } from '../core/timeline/backfill.ts';
import type { TimelineEntry } from '../core/model/types.ts';
import { describeKinds, envSecrets, scrub, type EnvSecret } from '../core/render/scrub.ts';
import {
  checkSource, evidenceDir, isTaken, pendingName, publishPending, removeAll, settlePending, sha256, writePending,
} from '../io/evidence-files.ts';
import { updateIncidentText } from '../io/incident-store.ts';
import { context, type Context, type Deps } from './context.ts';

export interface EvidenceResult {
  id: string;
  file: string;
  items: EvidenceItem[];
  entries: TimelineEntry[];
  /** The saved files that held secrets: how many of each kind (never the values), and whether they were kept (--no-scrub). */
  secrets: { file: string; kinds: Record<string, number>; kept: boolean }[];
}

/** A file about to be saved: its name (before the time stamp), its bytes, and what its record says. */
interface Pending {
  name: string;
  data: Buffer;
  fields: Omit<EvidenceItem, 'file' | 'sha256' | 'size' | 'at' | 'by'>;
  /** The secrets found in it (scrubbed, unless --no-scrub). */
  kinds: Record<string, number>;
}

/**
 * The bytes to save: scrubbed of secrets, or as they are with `raw` (--no-scrub), which is then
 * recorded (`scrubbed: false`). A binary file (NUL bytes) with a secret is refused: replacing
 * bytes in it would break it.
 */
function cleaned(data: Buffer, shown: string, raw: boolean, secrets: readonly EnvSecret[]): Pick<Pending, 'data' | 'kinds'> & { scrubbed?: number | false } {
  const found = scrub(data, secrets);
  if (raw) return { data, kinds: found.kinds, scrubbed: false };
  if (found.total === 0) return { data, kinds: {} };
  if (found.binary) {
    throw new CommandError(
      `Unexpected secret in ${shown} (${describeKinds(found.kinds)}): it is binary (NUL bytes), so it cannot be scrubbed without breaking it; nothing was saved (--no-scrub saves the raw bytes)`,
    );
  }
  return { data: found.data, kinds: found.kinds, scrubbed: found.total };
}

/** Text (a command line, an error's last lines) with the same secrets masked. */
const scrubText = (text: string, secrets: readonly EnvSecret[]) => scrub(Buffer.from(text, 'utf8'), secrets).data.toString('utf8');

export interface AddOptions {
  id: string;
  files: string[];
  note?: string;
  by?: string;
  /** When it was captured (back-filling: files saved at the time); else now. */
  at?: string;
  /** Stamp the current time even on an incident being back-filled. */
  now?: boolean;
  /** false: save the bytes as they are, secrets included (--no-scrub). */
  scrub?: boolean;
}

export async function addEvidence(options: AddOptions, deps: Deps): Promise<EvidenceResult> {
  const ctx = await context(deps);
  if (options.files.length === 0) throw new UsageError(`Missing file, expected incident evidence ${options.id} add <file...>`);
  const max = ctx.repo.config.evidence_max_bytes;
  // Every file is checked before anything is written.
  const sources = options.files.map((given) => checkSource(ctx.repo, given));
  for (const s of sources) if (s.size > max) throw tooLarge(s.given, s.size, max);
  const secrets = envSecrets(ctx.env);
  const pending = sources.map((s): Pending => {
    const read = readFileSync(s.real);
    if (read.length > max) throw tooLarge(s.given, read.length, max); // it grew since we looked
    const { data, kinds, scrubbed } = cleaned(read, s.given, options.scrub === false, secrets);
    const fields = { source: s.rel, ...(options.note ? { note: options.note } : {}), ...(scrubbed !== undefined ? { scrubbed } : {}) };
    return { name: safeName(basename(s.rel)), data, kinds, fields };
  });
  // One entry per file: each can be cited on its own.
  const when = { at: options.at, now: options.now };
  return record(ctx, options.id, options.by ?? ctx.whoami(), pending, (items) => items.map((item) => evidenceText([item])), when);
}

export interface RunOptions {
  id: string;
  argv: string[];
  shell?: boolean;
  /** Seconds. */
  timeout?: number;
  /** Record the output even when the command fails or times out. */
  allowFailure?: boolean;
  note?: string;
  by?: string;
  /** false: save the output as it is, secrets included (--no-scrub). */
  scrub?: boolean;
}

export const DEFAULT_TIMEOUT_S = 30;

export async function runEvidence(options: RunOptions, deps: Deps): Promise<EvidenceResult> {
  const ctx = await context(deps);
  if (options.argv.length === 0 || !options.argv[0]) {
    throw new UsageError(`Missing command, expected incident evidence ${options.id} run -- <command...>`);
  }
  // Refuse an unknown incident before running anything.
  const { incidentPath, unknownIncident } = await import('../io/repo.ts');
  if (!existsSync(incidentPath(ctx.repo, options.id))) throw unknownIncident(ctx.repo, options.id);
  const { capture } = await import('../io/evidence-run.ts');
  const max = ctx.repo.config.evidence_max_bytes;
  const secrets = envSecrets(ctx.env);
  const raw = options.scrub === false;
  const typed = options.shell ? options.argv.join(' ') : shellQuote(options.argv);
  // The command line is recorded and printed too (`curl -H "Authorization: Bearer ..."`).
  const command = raw ? typed : scrubText(typed, secrets);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_S;
  const run = await capture({
    argv: options.argv, shell: !!options.shell, cwd: ctx.cwd, env: ctx.env, timeoutMs: timeout * 1000, maxBytes: max,
  });
  if (run.overLimit) throw tooLarge(`The output of \`${command}\``, max + 1, max);
  if ((run.timedOut || run.exitCode !== 0) && !options.allowFailure) {
    const why = run.timedOut ? `timed out after ${timeout}s` : run.exitCode === null ? `was killed by ${run.signal}` : `exited with ${run.exitCode}`;
    const said = scrubText(run.stderr.toString('utf8'), secrets).trim().split('\n').slice(-3).join(' / ');
    throw new CommandError(
      `\`${command}\` ${why}${said ? `: ${said}` : ''}; nothing was recorded (--allow-failure records the output anyway${run.timedOut ? ', --timeout gives it longer' : ''})`,
    );
  }
  const program = safeName(options.shell ? (typed.trim().split(/\s+/)[0] ?? 'sh') : basename(options.argv[0]!));
  const fields = {
    command,
    ...(options.shell ? { shell: true } : {}),
    ...(run.exitCode !== null ? { exit_code: run.exitCode } : {}),
    ...(run.timedOut ? { timed_out: true } : {}),
    ...(options.note ? { note: options.note } : {}),
  };
  const output = (stream: 'stdout' | 'stderr', bytes: Buffer): Pending => {
    const { data, kinds, scrubbed } = cleaned(bytes, `the ${stream} of \`${command}\``, raw, secrets);
    return { name: `${program}.${stream}.txt`, data, kinds, fields: { ...fields, stream, ...(scrubbed !== undefined ? { scrubbed } : {}) } };
  };
  const pending: Pending[] = [output('stdout', run.stdout)];
  if (run.stderr.length) pending.push(output('stderr', run.stderr));
  // One entry for the run: its output files belong together. Captured now, so recorded now.
  return record(ctx, options.id, options.by ?? ctx.whoami(), pending, (items) => [evidenceText(items)], { now: true });
}

/** Saves the files and records them under the incident's lock; removes them again if recording fails. */
async function record(
  ctx: Context, rawId: string, by: string, pending: Pending[], texts: (items: EvidenceItem[]) => string[], when: { at?: string; now?: boolean },
) {
  const id = rawId.replace(/\.md$/, '');
  const written: string[] = [];
  let dir: string | undefined;
  try {
    const result = await updateIncidentText(ctx.repo, id, async (before, shown) => {
      const doc = await openDoc(ctx, id, before, shown);
      const recorded = evidenceOf(doc.data, shown); // a malformed list is refused before any file is written
      askForAt(when, { file: shown, timeline: doc.timeline, status: doc.data.status, timeZone: doc.timeZone }, ctx.now);
      const { entry, ms } = makeEntry(ctx.now, { kind: 'evidence', by, text: '-', at: when.at }, doc.timeZone, doc.latest);
      const into = (dir = evidenceDir(ctx.repo, id));
      const prefix = `${id}/evidence/`;
      settlePending(into, new Set(recorded.map((i) => i.file).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length))));
      // Each copy waits under a hidden name until the record is written (then publishPending).
      const saveAs = (p: Pending): string => {
        const taken = new Set<string>();
        for (;;) {
          const name = uniqueName(stamp(ctx.now), p.name, (n) => taken.has(n) || isTaken(into, n));
          if (writePending(into, name, p.data)) {
            written.push(name);
            return name;
          }
          taken.add(name); // someone else took it in the meantime
        }
      };
      const items = pending.map((p): EvidenceItem =>
        ({ file: `${id}/evidence/${saveAs(p)}`, sha256: sha256(p.data), size: p.data.length, at: entry.at, by, ...p.fields }));
      const entries = texts(items).map((text): TimelineEntry => ({ ...entry, text }));
      return { ...(await doc.add(items, entries, ms)), result: { items, entries } };
    }, { now: ctx.now });
    for (const name of written) publishPending(dir!, name);
    const secrets = pending.flatMap((p, k) =>
      (Object.keys(p.kinds).length ? [{ file: result.items[k]!.file, kinds: p.kinds, kept: p.fields.scrubbed === false }] : []));
    return { id, file: result.shown, items: result.items, entries: result.entries, secrets };
  } catch (error) {
    if (dir) removeAll(written.map((name) => join(dir!, pendingName(name))), dir);
    throw error;
  }
}

interface OpenDoc {
  data: Record<string, unknown>;
  timeline: readonly { at: unknown }[];
  timeZone: string;
  latest: number | undefined;
  /** The new file text with the items and the entries added (and its timeline, when read back already). */
  add(items: EvidenceItem[], entries: TimelineEntry[], ms: number): Promise<{ text: string; timeline?: readonly unknown[] }>;
}

/** The incident as text (fast path) when the simple reader can, else through the YAML document. */
async function openDoc(ctx: Context, id: string, before: string, shown: string): Promise<OpenDoc> {
  const fi = fastIncident(before, shown, () => ctx.defaultTimeZone);
  if (!fi) return yamlDoc(ctx, id, before, shown);
  return {
    data: fi.f.doc.data, timeline: fi.timeline, timeZone: fi.timeZone, latest: fi.latest,
    async add(items, entries, ms) {
      const made = commitEdits(fi.f, [timelineEdit(fi, entries, ms), insertIntoSeq(fi.f, 'evidence', items)]);
      return made ?? (await yamlDoc(ctx, id, before, shown)).add(items, entries, ms);
    },
  };
}

async function yamlDoc(ctx: Context, id: string, before: string, shown: string): Promise<OpenDoc> {
  const [{ parseIncidentText }, { insertInSeq }, { withEntry }, { timelineOf, timeZoneOf, latestInstant }] = await Promise.all([
    import('../core/document/document.ts'), import('../core/edit/edit.ts'), import('./entry.ts'), import('../core/document/incident.ts'),
  ]);
  const parsed = parseIncidentText(before, shown);
  const timeline = timelineOf(parsed, shown);
  return {
    data: parsed.data,
    timeline,
    timeZone: timeZoneOf(parsed, ctx.defaultTimeZone, shown),
    latest: latestInstant(timeline),
    async add(items, entries) {
      let text = before;
      for (const item of items) text = insertInSeq(parseIncidentText(text, shown), ['evidence'], item);
      for (const e of entries) text = withEntry(ctx, { ...parseIncidentText(text, shown), id, shown }, { ...e, kind: 'evidence', by: e.by! }).text;
      parseIncidentText(text, shown); // never write what we could not read back
      return { text };
    },
  };
}
