// The leak check: public output is scanned, before it is written anywhere, for the names of the
// people in the incident (roles, timeline `by`, owners, the config's `people`), the config's
// `redact:` terms, anything that looks like a secret, email addresses and internal hosts. It reads
// the output as a reader would (plain.ts: markup dropped, names folded for case, accents and
// look-alike letters). Each finding names what leaked and where
// it came from: the line of the incident file (or template) that holds it.
import type { Config } from '../config/config.ts';
import { lineColumn } from '../document/document-split.ts';
import { DocumentError } from '../util/errors.ts';
import { lastAtOrBefore } from '../util/sorted-search.ts';
import { SINGLE_ROLES } from '../model/types.ts';
import { findAddresses } from './addresses.ts';
import { fold, foldName, offsetAt, plain, work, type Plain } from './plain.ts';
import { mayMatch, SECRET_PATTERNS, shown } from './secrets.ts';

/**
 * Origins, or what makes them when a leak is found: only then are they read (render's are the
 * frontmatter's public fields, found with a pattern each, 8 regular expressions compiled on
 * every public render for nothing).
 */
export type Origins = readonly Origin[] | (() => readonly Origin[]);

/** A range of a file that public output is made from (the Public summary, a field, a template). */
export interface Origin {
  file: string;
  text: string;
  from?: number;
  to?: number;
  /** Where text[0] is in the file, when `text` is an excerpt (1-based; default 1:1). */
  at?: { line: number; column: number };
}

/** An origin that keeps only its own range of text (a publish run holds thousands of them). */
export function excerpt(o: Origin): Origin {
  const from = o.from ?? 0;
  const start = o.at ? shift(o.at, lineColumn(o.text, from)) : lineColumn(o.text, from);
  return { file: o.file, text: o.text.slice(from, o.to ?? o.text.length), at: start };
}

const shift = (at: { line: number; column: number }, lc: { line: number; column: number }) =>
  ({ line: at.line + lc.line - 1, column: lc.line === 1 ? at.column + lc.column - 1 : lc.column });

export interface Leak {
  message: string;
  file: string;
  line?: number;
  column?: number;
}

export class LeakError extends DocumentError {
  constructor(readonly leaks: Leak[]) {
    super(leaks[0]?.message ?? 'Unexpected leak', leaks[0]?.file, leaks[0]?.line, leaks[0]?.column);
  }
  override describe(): string {
    return this.leaks.map((l) => new DocumentError(l.message, l.file, l.line, l.column).describe()).join('\n');
  }
}

/** What must not be in public output. */
export interface LeakRules {
  /** Names of people, each with the fields it was found in; `folded` as plain.ts's fold reads it. */
  names: { term: string; folded: string; where: string[] }[];
  redact: RegExp | null;
  /** The config's `allow:` words, folded: a finding whose text is one of them is let through. */
  allow: ReadonlySet<string>;
  publicDomains: readonly string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

// Compiling a Unicode-aware pattern costs far more than running it, and the same people (and the
// same config) come back incident after incident: one pattern per name, kept for the process.
// A name is a whole word of the folded text (letters and digits around it end the match, `_` and
// punctuation do not: `alice_admin` names alice); its parts may be split by any white space.
const nameRegexes = new Map<string, RegExp>();
function nameRegex(folded: string): RegExp {
  let re = nameRegexes.get(folded);
  if (!re) {
    const source = folded.split(' ').map(escapeRe).join('\\s+');
    nameRegexes.set(folded, (re = new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'gu')));
  }
  return re;
}
const redactRegexes = new Map<string, RegExp | null>();

/** The people an incident names, each with where: `roles.scribe`, `timeline[3].by`... */
export function peopleOf(data: Record<string, unknown>): Map<string, string[]> {
  const people = new Map<string, string[]>();
  const add = (value: unknown, where: string) => {
    if (typeof value !== 'string' || value.trim().length < 2) return;
    const name = value.trim().replace(/\s+/g, ' ');
    const list = people.get(name) ?? [];
    if (!list.includes(where)) list.push(where);
    people.set(name, list);
  };
  const roles = asRecord(data.roles);
  for (const key of SINGLE_ROLES) add(roles[key], `roles.${key}`);
  for (const name of Array.isArray(roles.subject_matter_experts) ? roles.subject_matter_experts : []) add(name, 'roles.subject_matter_experts');
  (Array.isArray(data.timeline) ? data.timeline : []).forEach((e, i) => add(asRecord(e).by, `timeline[${i}].by`));
  (Array.isArray(data.action_items) ? data.action_items : []).forEach((a, i) => add(asRecord(a).owner, `action_items[${i}].owner`));
  add(asRecord(data.postmortem).owner, 'postmortem.owner');
  return people;
}

// The same names come back file after file (the config's people on every one): folded once.
const foldedNames = new Map<string, string>();
function foldNameOnce(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    if (foldedNames.size >= 4096) foldedNames.clear();
    foldedNames.set(name, (folded = foldName(name)));
  }
  return folded;
}

type RulesConfig = Pick<Config, 'redact' | 'people'> & Partial<Pick<Config, 'allow' | 'public_domains'>>;

/**
 * The rules for the people of one or more incidents, and the config's terms. A name of several
 * words is matched as the whole name only: its parts alone are often ordinary words ("Will Price"
 * and "Will this recur?", "Price checks"), and a part that names the person on its own is recorded
 * on its own where it is used (a login in `by:`, the `people:` map) and matched from there.
 * A name in `allow:` (a vendor or team that owns an action item) is no person's name.
 */
export function leakRules(people: Map<string, string[]>, config: RulesConfig): LeakRules {
  const allow = new Set((config.allow ?? []).map(foldName).filter(Boolean));
  const byFolded = new Map<string, { term: string; folded: string; where: string[] }>();
  const note = (term: string, where: string[]) => {
    const folded = foldNameOnce(term);
    if (folded.length < 2 || allow.has(folded)) return;
    const entry = byFolded.get(folded) ?? { term, folded, where: [] };
    for (const w of where) if (!entry.where.includes(w)) entry.where.push(w);
    byFolded.set(folded, entry);
  };
  for (const [name, where] of people) note(name, where);
  for (const [name, login] of Object.entries(config.people ?? {})) {
    for (const who of [name.trim(), login.trim()]) note(who, ['people in .incident.yml']);
  }
  const terms = config.redact.map((t) => t.trim()).filter(Boolean).sort((a, b) => b.length - a.length);
  const key = JSON.stringify(terms);
  if (!redactRegexes.has(key)) redactRegexes.set(key, terms.length ? new RegExp(terms.map(escapeRe).join('|'), 'giu') : null);
  return { names: [...byFolded.values()], redact: redactRegexes.get(key)!, allow, publicDomains: config.public_domains ?? [] };
}

/**
 * Output as a reader sees it: entity references decoded (twice: a feed holds escaped HTML),
 * zero-width characters and Markdown backslash escapes dropped. Line breaks stay where they are.
 */
export function readable(output: string): string {
  let s = output;
  for (let round = 0; round < 2; round++) {
    s = s.replace(/&#(\d{1,7});|&#[xX]([0-9a-fA-F]{1,6});|&(amp|lt|gt|quot|apos|nbsp);/g, (m, dec, hex, named) => {
      if (named) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[named as string]!;
      const code = dec ? Number(dec) : parseInt(hex, 16);
      if (code === 10 || code === 13) return ' ';
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
    });
  }
  return s.replace(/[\u200B-\u200D\u2060\u00AD]/g, '').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

interface Found {
  what: string;
  expected: string;
  /** Where the same text is in another text's plain reading (an origin's): every place, in order. */
  find: (p: Plain) => number[];
  /** In the plain reading of the output. */
  index: number;
  /** The text `find` looks for as it is written, when that is all it does (looked for in one pass with the others). */
  needle?: string;
}

/** Where a text is in a plain reading: every place, left to right, each after the one before (as indexOf goes). */
const inPlain = (needle: string, ignoreCase = false) => (p: Plain) => searcher(p, ignoreCase).find(ignoreCase ? needle.toLowerCase() : needle);

/** The places of texts in one text, each looked for once. */
class Occurrences {
  private readonly memo = new Map<string, number[]>();
  constructor(private readonly text: string) {}

  find(needle: string): number[] {
    let found = this.memo.get(needle);
    if (!found) {
      work.chars += this.text.length;
      found = [];
      for (let at = this.text.indexOf(needle); at >= 0 && needle; at = this.text.indexOf(needle, at + needle.length)) found.push(at);
      this.memo.set(needle, found);
    }
    return found;
  }

  /**
   * Many texts looked for at once: one pass over the text for all those of a length (a rolling
   * hash of every window, checked where it is a needle's), not one pass for each.
   */
  prime(needles: Iterable<string>): void {
    const byLength = new Map<number, Set<string>>();
    for (const n of needles) {
      if (!n || this.memo.has(n) || n.length > this.text.length) continue;
      let set = byLength.get(n.length);
      if (!set) byLength.set(n.length, (set = new Set()));
      set.add(n);
    }
    const text = this.text;
    for (const [len, set] of byLength) {
      if (set.size < 4) continue; // a few: find's indexOf costs no more
      work.chars += text.length;
      const hash = (s: string, from: number) => {
        let h = 0;
        for (let k = 0; k < len; k++) h = (Math.imul(h, 31) + s.charCodeAt(from + k)) | 0;
        return h;
      };
      let top = 1; // 31^(len-1), what the leaving character weighs
      for (let k = 1; k < len; k++) top = Math.imul(top, 31);
      const wanted = new Map<number, string[]>();
      const all = new Map<string, number[]>();
      for (const n of set) {
        const h = hash(n, 0);
        wanted.set(h, [...(wanted.get(h) ?? []), n]);
        all.set(n, []);
      }
      let h = hash(text, 0);
      for (let i = 0; ; i++) {
        const candidates = wanted.get(h);
        if (candidates) for (const n of candidates) if (text.startsWith(n, i)) all.get(n)!.push(i);
        if (i + len >= text.length) break;
        h = (Math.imul(h - Math.imul(text.charCodeAt(i), top), 31) + text.charCodeAt(i + len)) | 0;
      }
      // Each after the one before, as find's indexOf from the end of the last.
      for (const [n, places] of all) {
        const kept: number[] = [];
        for (const at of places) if (!kept.length || at >= kept[kept.length - 1]! + len) kept.push(at);
        this.memo.set(n, kept);
      }
    }
  }
}

const searchers = [new WeakMap<Plain, Occurrences>(), new WeakMap<Plain, Occurrences>()];
function searcher(p: Plain, ignoreCase: boolean): Occurrences {
  const cache = searchers[ignoreCase ? 1 : 0]!;
  let s = cache.get(p);
  if (!s) cache.set(p, (s = new Occurrences(ignoreCase ? p.text.toLowerCase() : p.text)));
  return s;
}

function scan(p: Plain, rules: LeakRules): Found[] {
  const found: Found[] = [];
  const text = p.text;
  const allowed = (s: string) => rules.allow.size > 0 && rules.allow.has(foldName(s));
  if (rules.names.length) {
    const folded = fold(p);
    for (const { term, folded: name, where } of rules.names) {
      // Cheap: most names are not there at all. Every part, not the first alone: a first name is
      // often inside words (`ana` in `analysis`), and then its Unicode-aware pattern was compiled
      // for nothing (0.4 ms a name on Node 24.21).
      if (!name.split(' ').every((part) => folded.text.includes(part))) continue;
      const re = nameRegex(name);
      const find = (o: Plain) => {
        const f = foldedOf(o);
        return [...f.text.matchAll(new RegExp(re.source, 'gu'))].map((m) => indexIn(o, offsetAt(f, m.index)));
      };
      for (const m of folded.text.matchAll(re)) {
        found.push({
          what: `name "${term}"`,
          expected: `no names of people ("${term}" is in ${where.slice(0, 3).join(', ')}${where.length > 3 ? ', ...' : ''}; a vendor or team goes in allow: in .incident.yml)`,
          find,
          index: indexIn(p, offsetAt(folded, m.index)),
        });
      }
    }
  }
  for (const m of rules.redact ? text.matchAll(rules.redact) : []) {
    const asWritten = inPlain(m[0]);
    const anyCase = inPlain(m[0], true);
    found.push({ what: `"${m[0]}"`, expected: 'none of the `redact:` terms in .incident.yml', find: (o) => (asWritten(o).length ? asWritten(o) : anyCase(o)), index: m.index });
  }
  for (const pattern of SECRET_PATTERNS) {
    if (!mayMatch(pattern, text)) continue;
    for (const m of text.matchAll(pattern.re)) {
      if (allowed(m[0])) continue;
      // A private key is located by its BEGIN line: its match runs to its end (or to the end of the output).
      const needle = /^-----BEGIN [^\n]*?-----/.exec(m[0])?.[0] ?? m[0];
      found.push({ what: `${pattern.label} "${shown(pattern, m[0])}"`, expected: 'no secrets or internal addresses', find: inPlain(needle), index: m.index, needle });
    }
  }
  for (const a of findAddresses(text, rules.publicDomains)) {
    if (allowed(a.match)) continue;
    found.push({
      what: a.what, expected: 'no email addresses or internal hosts (the company\'s own public domains go in public_domains: in .incident.yml)',
      find: inPlain(a.match), index: a.index, needle: a.match,
    });
  }
  return found;
}

/** The index in `p.text` of the character that came from `offset` of the original (`f.map` gives offsets). */
function indexIn(p: Plain, offset: number): number {
  if (!p.map) return offset;
  let lo = 0;
  let hi = p.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Place = { file: string; line: number; column: number };

// A plain reading's fold, made once however many names are looked for in it.
const folds = new WeakMap<Plain, Plain>();
function foldedOf(p: Plain): Plain {
  let f = folds.get(p);
  if (!f) folds.set(p, (f = fold(p)));
  return f;
}

/** Line and column of offsets in one text, by binary search over its line starts (built once). */
function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      work.chars += text.length;
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    // The last line start at or before the offset (a line break itself belongs to its line).
    const line = lastAtOrBefore(starts, offset);
    return { line: line + 1, column: offset - starts[line]! + 1 };
  };
}

/** An origin read as plain.ts reads output, once per way of reading it (comments hidden, or not), with its lines. */
interface Reading {
  origin: Origin;
  from: number;
  p: Plain;
  lines: (offset: number) => { line: number; column: number };
}

/** The readings of a list of origins, made when first asked for (most findLeaks calls locate nothing). */
function readings(origins: Origins, needles: readonly string[]): (hideComments: boolean) => Reading[] {
  const lines = new Map<string, (offset: number) => { line: number; column: number }>();
  const made = new Map<boolean, Reading[]>();
  return (hideComments) => {
    let list = made.get(hideComments);
    if (!list) {
      list = (typeof origins === 'function' ? origins() : origins).map((origin) => {
        const from = origin.from ?? 0;
        let slice = origin.text.slice(from, origin.to ?? origin.text.length);
        if (!hideComments) slice = slice.replace(/<!--/g, '<!-\u0000');
        let at = lines.get(origin.text);
        if (!at) lines.set(origin.text, (at = lineIndex(origin.text)));
        const p = plain(slice);
        searcher(p, false).prime(needles);
        return { origin, from, p, lines: at };
      });
      made.set(hideComments, list);
    }
    return list;
  };
}

/**
 * Every place the origins hold the text: outside HTML comments first (they never reach the
 * output), else anywhere (comment syntax that is text where it stands, like `<!--` across a blank
 * line). Each place is a leak of its own: the author sees every line to fix at once.
 */
function locate(find: Found['find'], read: (hideComments: boolean) => Reading[]): Place[] {
  for (const hideComments of [true, false]) {
    const places: Place[] = [];
    for (const { origin: o, from, p, lines } of read(hideComments)) {
      for (const at of find(p)) {
        const lc = lines(from + offsetAt(p, at));
        places.push({ file: o.file, ...(o.at ? shift(o.at, lc) : lc) });
      }
    }
    if (places.length) return places;
  }
  return [];
}

/**
 * Every leak in `output`, each placed where it came from (every place the origins hold it), else
 * at its line in the output (`outputName`).
 */
export function findLeaks(output: string, rules: LeakRules, origins: Origins, outputName: string): Leak[] {
  const p = plain(output);
  const leaks: Leak[] = [];
  const seen = new Set<string>();
  const located = new Set<string>();
  // Read once for all findings (a long text with many leaks must not be read again for each).
  const outputLines = lineIndex(output);
  const found = scan(p, rules).sort((a, b) => a.index - b.index);
  const read = readings(origins, [...new Set(found.flatMap((f) => (f.needle === undefined ? [] : [f.needle])))]);
  for (const f of found) {
    const outLine = outputLines(offsetAt(p, f.index)).line;
    // The same text found again in the output comes from the same places: located once.
    if (located.has(f.what)) continue;
    const places = locate(f.find, read);
    if (places.length) located.add(f.what);
    const message = `Unexpected ${f.what} in public output (${outputName} line ${outLine}), expected ${f.expected}`;
    for (const place of places.length ? places : [{ file: outputName, line: outLine, column: undefined }]) {
      const key = `${f.what}\u0000${place.file}:${place.line}:${place.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      leaks.push({ message, ...place });
    }
  }
  return leaks;
}

/** Throws a LeakError listing every leak; public output is written only after this passes. */
export function assertNoLeaks(output: string, rules: LeakRules, origins: Origins, outputName: string): void {
  const leaks = findLeaks(output, rules, origins, outputName);
  if (leaks.length) throw new LeakError(leaks);
}
