// Evidence (seed 000: save the data before restoring service): what a saved file's record holds,
// how saved files are named, and the messages about them. Pure and light: schema.ts imports it.
import { CommandError, DocumentError } from '../util/errors.ts';

export const EVIDENCE_STREAMS = ['stdout', 'stderr'] as const;

export interface EvidenceItem {
  /** Relative to the incident file: `<id>/evidence/<name>`. */
  file: string;
  sha256: string;
  size: number;
  at: string;
  by?: string;
  source?: string;
  command?: string;
  shell?: boolean;
  stream?: (typeof EVIDENCE_STREAMS)[number];
  exit_code?: number;
  timed_out?: boolean;
  note?: string;
  /** Secrets replaced before saving; false: saved raw (--no-scrub). */
  scrubbed?: number | false;
}

export function evidenceOf(data: Record<string, unknown>, file?: string): EvidenceItem[] {
  const list = data.evidence;
  if (list === undefined || list === null) return [];
  const ok = Array.isArray(list) && list.every((e) =>
    typeof e === 'object' && e !== null && !Array.isArray(e) && typeof (e as EvidenceItem).file === 'string');
  if (!ok) throw new DocumentError('Unexpected `evidence` value, expected a list of files, each with a `file`', file);
  return list as EvidenceItem[];
}

/** `20260301T140500Z`: saved names start with the capture time, so two clones rarely pick the same name. */
export function stamp(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/[-:]/g, '').replace('.000', '');
}

/** A safe file name from what the user gave: no directories, no leading dots, no odd characters. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[^A-Za-z0-9._+-]+/g, '-').replace(/^[.-]+/, '').slice(0, 80);
  return cleaned || 'evidence';
}

/** `<stamp>-<name>`, with `-2`, `-3` before the extension when taken. */
export function uniqueName(stampText: string, name: string, taken: (candidate: string) => boolean): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; ; n++) {
    const candidate = `${stampText}-${stem}${n > 1 ? `-${n}` : ''}${ext}`;
    if (!taken(candidate)) return candidate;
  }
}

export function tooLarge(shown: string, size: number, max: number): CommandError {
  return new CommandError(
    `${shown} is ${formatBytes(size)}, over evidence_max_bytes (${formatBytes(max)}): keep large files out of the repository ` +
      `(Git LFS: git lfs track "incidents/*/evidence/**", or an external store) and log a link: incident log <id> "Heap dump: <url>" --kind evidence`,
  );
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = -1;
  do {
    value /= 1024;
    unit++;
  } while (value >= 1024 && unit < units.length - 1);
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** The command as someone would type it again in a POSIX shell. */
export function shellQuote(argv: readonly string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** The timeline text for saved files: one file (add), or the output files of one command (run). */
export function evidenceText(items: readonly EvidenceItem[]): string {
  const first = items[0]!;
  const scrubbed = (i: EvidenceItem) => (i.scrubbed ? `, ${i.scrubbed} secret${i.scrubbed === 1 ? '' : 's'} scrubbed` : '');
  const files = items.map((i) => `${i.file} (${formatBytes(i.size)}${scrubbed(i)})`).join(', ');
  const note = first.note ? `. ${first.note}` : '';
  if (first.command) {
    const how = first.timed_out ? 'timed out' : first.exit_code === undefined ? 'killed' : `exit ${first.exit_code}`;
    return `Evidence: \`${first.command}\` (${how}) saved as ${files}${note}`;
  }
  return `Evidence: ${first.source ?? first.file} saved as ${files}${note}`;
}

export type VerifyState = 'ok' | 'changed' | 'missing' | 'outside' | 'unrecorded';

export interface VerifyFinding {
  file: string;
  state: VerifyState;
  detail?: string;
}

/** Compares the records with what is on disk (`actual` undefined: the file is missing). */
export function verifyOne(item: EvidenceItem, actual: { sha256: string; size: number } | undefined): VerifyFinding {
  if (!actual) return { file: item.file, state: 'missing' };
  if (actual.sha256 !== item.sha256) {
    return { file: item.file, state: 'changed', detail: `sha256 ${actual.sha256.slice(0, 12)}..., recorded ${String(item.sha256).slice(0, 12)}...` };
  }
  if (actual.size !== item.size) return { file: item.file, state: 'changed', detail: `size ${actual.size}, recorded ${item.size}` };
  return { file: item.file, state: 'ok' };
}
