// Which incidents are open, without parsing every file: the top-level `status:` line is read
// from the first kilobyte of each file; only files where that is not conclusive are read whole
// (the fast reader, then the YAML parser). A file unchanged since an earlier run is not read at
// all: the index in .git/casefile/ (./open-index.ts) knows it by its stat.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { shortStat, statPrefix } from './short-stat.ts';
import { join } from 'node:path';
import { withSep } from './paths.ts';
import { quickFields } from '../core/yaml/fast-frontmatter.ts';
import { OPEN_STATUSES, STATUSES, type Status } from '../core/model/types.ts';
import { cloneStateDir, directoryNames, incidentIdsIn, type Repo } from './repo.ts';
import { copyEntry, indexKey, newStats, readOpenIndex, sameFile, setEntry, settled, storedOpen, writeOpenIndex, type OpenIndex } from './open-index.ts';

const STATUS = new Set(['status']);
/** A top-level line whose value starts with a quote or a bracket, or a key that is not plain. */
const OPEN_VALUE = /^(?:[^\s#\n][^\n:]*:[ \t]+["'[{]|["'?[{])[^\n]*/gm;
/**
 * A plain key, then a quoted value or a flow sequence or map of plain words closed on its own line
 * (most quoted titles, `services: [a, b]`): it holds no other line.
 */
const CLOSED_ON_ITS_LINE = /^[^\s#\n"'?[{][^\n:]*:[ \t]+(?:'(?:[^'\n\r]|'')*'|"(?:[^"\\\n\r]|\\[^\n\r])*"|\[[^[\]{}"'#\n\r]*\]|\{[^[\]{}"'#\n\r]*\})(?:[ \t]+#[^\n]*|[ \t]*)$/;
const HEAD = Buffer.alloc(1024);
const STATUS_LINE = Buffer.from('\nstatus:');

export interface OpenScan {
  open: string[];
  /** Files that could not be read at all, with the reason: one of them might be open. */
  unreadable: string[];
}

/** Files read again beyond this many make the run save the index (fewer are cheaper to read again than to save). */
const MAX_READ_AGAIN = 8;

export async function findOpenIncidents(repo: Repo): Promise<OpenScan> {
  const stateDir = cloneStateDir(repo.root);
  const indexPath = stateDir === undefined ? undefined : join(stateDir, 'open-incidents.txt');
  const key = indexKey(repo.incidentsDir);
  const old = indexPath === undefined ? undefined : readOpenIndex(indexPath, key);
  // A damaged index is found while it is read: then every file is read instead.
  return (old && (await scan(repo, indexPath, key, old))) ?? (await scan(repo, indexPath, key, undefined))!;
}

/** The scan with the index `old` (or none); undefined when `old` turns out damaged. */
async function scan(repo: Repo, indexPath: string | undefined, key: string, old: OpenIndex | undefined): Promise<OpenScan | undefined> {
  const started = Date.now();
  const open: string[] = [];
  const unreadable: string[] = [];
  // The directory's stat before it is listed: a file added after it moves the directory's mtime.
  const dirStat = statSync(repo.incidentsDir, { throwIfNoEntry: false });
  const listed = old?.dir && dirStat && old.dir[0] === dirStat.mtimeMs && old.dir[1] === dirStat.ctimeMs && old.dir[2] === dirStat.ino;
  const { ids, line, aligned, names, nameCount } = listed ? { ids: undefined, line: undefined, aligned: true, names: old!.names, nameCount: old!.nameCount } : listing(repo, old);
  const count = ids ? ids.length : old!.count;
  // Else the old entries are found by walking both sorted lists side by side.
  const oldIds = old && !aligned ? old.ids.split('\t') : [];
  if (old && !aligned && oldIds.length !== old.count) return undefined;
  let j = 0;
  let from = 0;
  const stats = newStats(count);
  // Aligned, entry i is the old entry i: all copied at once, those read again overwritten (five
  // numbers a file copied in the loop cost 0.4-0.7 ms more of CPU for 10,000 files).
  if (aligned) stats.set(old!.stats.subarray(0, stats.length));
  let readAgain = 0;
  const dir = withSep(repo.incidentsDir);
  const prefix = statPrefix(dir);
  for (let i = 0; i < count; i++) {
    let id: string;
    if (ids) id = ids[i]!;
    else {
      const end = old!.ids.indexOf('\t', from);
      const last = i === count - 1;
      if ((end < 0) !== last) return undefined; // fewer or more ids than entries
      id = old!.ids.slice(from, last ? undefined : end);
      from = end + 1;
    }
    const name = `${id}.md`;
    // Stat before reading: a change after this moves the stat that is stored with what was read.
    const st = shortStat(prefix, dir, name);
    if (st === undefined && listed) return undefined; // the index's ids name a file that is not there: not the directory's list
    let at: number | undefined = i;
    if (!aligned) {
      while (j < oldIds.length && oldIds[j]! < id) j++;
      at = oldIds[j] === id ? j : undefined;
    }
    let isOpen: boolean | undefined;
    if (st !== undefined && at !== undefined && sameFile(old!.stats, at, st)) {
      isOpen = storedOpen(old!.stats, at);
      if (!aligned) copyEntry(old!.stats, at, stats, i);
    } else {
      readAgain++;
      isOpen = await readOpen(dir + name, id, unreadable); // path.join would normalize every one of 10,000 paths
      setEntry(stats, i, st, isOpen, started);
    }
    if (isOpen) open.push(id);
  }
  if (indexPath !== undefined && (!aligned || count !== old!.count || readAgain > MAX_READ_AGAIN)) {
    const trusted = dirStat !== undefined && settled(dirStat, started);
    const joined = ids ? line ?? ids.join('\t') : old!.ids;
    writeOpenIndex(indexPath, key, { dir: trusted ? [dirStat.mtimeMs, dirStat.ctimeMs, dirStat.ino] : null, names, nameCount, ids: joined, count, stats });
  }
  return { open, unreadable };
}

/**
 * The directory listed now. Entry i of the index is file i's when the listing is its list (the
 * usual case: the names as readdir gives them are the index's, one comparison; else the ids found
 * among them are): then the ids are read from the index's line one at a time, and the listing is
 * dropped here. (10,000 strings that live through the stat loop are copied by each of its
 * young-generation collections. With this and short-stat.ts, the loop took 35.3 ms of CPU against
 * 42.0 before, medians of 25 interleaved runs on 10,000 files, Node 24, a loaded machine.)
 */
function listing(repo: Repo, old: OpenIndex | undefined) {
  const all = directoryNames(repo);
  const names = all.join('\t');
  const nameCount = all.length;
  // As many names and the same line: the same names (the index keeps no line whose names hold a tab).
  if (old && old.nameCount === nameCount && old.names === names) return { ids: undefined, line: undefined, aligned: true, names, nameCount };
  const ids = incidentIdsIn(all);
  const line = old && ids.length === old.count ? ids.join('\t') : undefined;
  const aligned = line !== undefined && line === old!.ids;
  return { ids: aligned ? undefined : ids, line: aligned ? undefined : line, aligned, names, nameCount };
}

/** Whether one file is open, read from its head, else whole; undefined (and noted) when it cannot be read. */
async function readOpen(path: string, id: string, unreadable: string[]): Promise<boolean | undefined> {
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
        return undefined;
      }
    }
  }
  return OPEN_STATUSES.includes(status as Status);
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
  // Only the lines up to the first `status:` line are decoded and read.
  const at = HEAD.indexOf(STATUS_LINE);
  const end = at < 0 ? -1 : HEAD.indexOf(10, at + STATUS_LINE.length);
  // With the next line's first byte: whether the value goes on there (statusInHead).
  if (end < 0 || end + 1 >= size) return undefined;
  return statusInHead(HEAD.toString('utf8', 0, end + 2));
}

/** The status a file's head (up to the first character after the status line) names on a `status: <word>` line, when nothing above or below may hide or change it. */
export function statusInHead(head: string): Status | undefined {
  const m = /^(?:\uFEFF)?---\r?\n(?:(?!(?:---|\.\.\.)[ \t]*\r?\n)[^\n]*\n)*?status:[ \t]*(["']?)([a-z]+)\1(?:[ \t]+#[^\n]*|[ \t]*)\r?\n/.exec(head);
  const status = m?.[2];
  // A quoted or flow value left open above may hold the `status:` line (`title: "a` then
  // `status: resolved"` on the next line): then the whole file's reader decides.
  if (!status || mayHoldOtherLines(m[0])) return undefined;
  // The line after must start a new top-level line: an indented or blank one may carry the plain
  // value on (`status: investigating` then `  (waiting on the vendor)` is one longer string).
  const next = head[m[0].length];
  if (next === undefined || next === ' ' || next === '\t' || next === '\r' || next === '\n') return undefined;
  return (STATUSES as readonly string[]).includes(status) ? (status as Status) : undefined;
}

/** Whether a quoted or flow value that starts in these lines may go on past its line. */
function mayHoldOtherLines(lines: string): boolean {
  for (const [line] of lines.matchAll(OPEN_VALUE)) {
    if (!CLOSED_ON_ITS_LINE.test(line.endsWith('\r') ? line.slice(0, -1) : line)) return true;
  }
  return false;
}
