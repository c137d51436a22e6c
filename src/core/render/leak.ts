// The leak check: public output is scanned, before it is written anywhere, for the names of the
// people in the incident (roles, timeline `by`, owners, the config's `people`), the config's
// `redact:` terms and anything that looks like a secret. Each finding names what leaked and where
// it came from: the line of the incident file (or template) that holds it.
import type { Config } from '../config.ts';
import { lineColumn } from '../document-split.ts';
import { DocumentError } from '../errors.ts';
import { SINGLE_ROLES } from '../types.ts';
import { SECRET_PATTERNS, shown } from './secrets.ts';

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
  /** Names (and the longer parts of full names), each with the fields it was found in. */
  names: { term: string; where: string[] }[];
  redact: RegExp | null;
}

const WORD = '[\\p{L}\\p{N}_]';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a whole word; a line break or several spaces may stand between its parts. */
const nameSource = (name: string) => escapeRe(name).replace(/\s+/g, '\\s+');
const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

// Compiling a Unicode-aware pattern costs far more than running it, and the same people (and the
// same config) come back incident after incident: one pattern per name, kept for the process.
const nameRegexes = new Map<string, RegExp>();
function nameRegex(term: string): RegExp {
  let re = nameRegexes.get(term);
  if (!re) nameRegexes.set(term, (re = new RegExp(`(?<!${WORD})${nameSource(term)}(?!${WORD})`, 'gu')));
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

/** The rules for the people of one or more incidents, and the config's terms. */
export function leakRules(people: Map<string, string[]>, config: Pick<Config, 'redact' | 'people'>): LeakRules {
  const whereNamed = new Map<string, string[]>();
  const note = (term: string, where: string[]) => {
    const list = whereNamed.get(term) ?? [];
    for (const w of where) if (!list.includes(w)) list.push(w);
    whereNamed.set(term, list);
  };
  const all = new Map(people);
  for (const [name, login] of Object.entries(config.people ?? {})) {
    for (const who of [name.trim(), login.trim()]) if (who.length >= 2) all.set(who, [...(all.get(who) ?? []), 'people in .incident.yml']);
  }
  for (const [name, where] of all) {
    // A full name also leaks by its parts ("Alice" of "Alice Example"); short parts are too common to count.
    const parts = name.split(' ');
    const terms = [name, ...(parts.length > 1 ? parts.filter((p) => p.length >= 3) : [])];
    // As written, and capitalised (a login "alice" is also "Alice" at the start of a sentence).
    for (const term of terms) for (const v of [term, term.charAt(0).toUpperCase() + term.slice(1)]) note(v, where);
  }
  const terms = config.redact.map((t) => t.trim()).filter(Boolean).sort((a, b) => b.length - a.length);
  const key = JSON.stringify(terms);
  if (!redactRegexes.has(key)) redactRegexes.set(key, terms.length ? new RegExp(terms.map(escapeRe).join('|'), 'giu') : null);
  return { names: [...whereNamed].map(([term, where]) => ({ term, where })), redact: redactRegexes.get(key)! };
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
  /** Search the origins for the same text: the first that finds it wins. */
  locate: RegExp[];
  index: number;
}

function scan(text: string, rules: LeakRules): Found[] {
  const found: Found[] = [];
  for (const { term, where } of rules.names) {
    if (!text.includes(term.split(' ')[0]!)) continue; // cheap: most names are not there at all
    for (const m of text.matchAll(nameRegex(term))) {
      found.push({
        what: `name "${term}"`,
        expected: `no names of people ("${term}" is in ${where.slice(0, 3).join(', ')}${where.length > 3 ? ', ...' : ''})`,
        locate: [new RegExp(nameRegex(term).source, 'u')],
        index: m.index,
      });
    }
  }
  for (const m of rules.redact ? text.matchAll(rules.redact) : []) {
    const locate = [new RegExp(escapeRe(m[0]), 'u'), new RegExp(escapeRe(m[0]), 'iu')]; // as written first
    found.push({ what: `"${m[0]}"`, expected: 'none of the `redact:` terms in .incident.yml', locate, index: m.index });
  }
  for (const pattern of SECRET_PATTERNS) {
    if (pattern.hints && !pattern.hints.some((h) => text.includes(h))) continue;
    for (const m of text.matchAll(pattern.re)) {
      found.push({ what: `${pattern.label} "${shown(pattern, m[0])}"`, expected: 'no secrets or internal addresses', locate: [new RegExp(escapeRe(m[0]))], index: m.index });
    }
  }
  return found;
}

/**
 * Where an origin holds the text: outside HTML comments first (they never reach the output), then
 * anywhere (comment syntax that is text where it stands, like `<!--` across a blank line).
 */
function locate(res: RegExp[], origins: readonly Origin[]): { file: string; line: number; column: number } | undefined {
  for (const hideComments of [true, false]) {
    for (const re of res) {
      for (const o of origins) {
        const from = o.from ?? 0;
        let slice = o.text.slice(from, o.to ?? o.text.length);
        if (hideComments) slice = slice.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
        const m = re.exec(slice);
        if (!m) continue;
        const lc = lineColumn(o.text, from + m.index);
        return { file: o.file, ...(o.at ? shift(o.at, lc) : lc) };
      }
    }
  }
  return undefined;
}

/**
 * Every leak in `output`, each placed where it came from (the first origin holding it), else at
 * its line in the output (`outputName`).
 */
export function findLeaks(output: string, rules: LeakRules, origins: readonly Origin[], outputName: string): Leak[] {
  const text = readable(output);
  const leaks: Leak[] = [];
  const seen = new Set<string>();
  for (const f of scan(text, rules).sort((a, b) => a.index - b.index)) {
    const outLine = lineColumn(text, f.index).line;
    const place = locate(f.locate, origins) ?? { file: outputName, line: outLine, column: undefined };
    const message = `Unexpected ${f.what} in public output (${outputName} line ${outLine}), expected ${f.expected}`;
    const key = `${f.what}\u0000${place.file}:${place.line}:${place.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    leaks.push({ message, ...place });
  }
  return leaks;
}

/** Throws a LeakError listing every leak; public output is written only after this passes. */
export function assertNoLeaks(output: string, rules: LeakRules, origins: readonly Origin[], outputName: string): void {
  const leaks = findLeaks(output, rules, origins, outputName);
  if (leaks.length) throw new LeakError(leaks);
}
