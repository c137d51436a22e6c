// A cheap screen in front of the public-leak render (public-check.ts). With the built-in templates,
// public output is the templates' own text with the strings of the template contexts put in
// (title, severity, services, the Public summary's parts, the updates, the site's title and
// links, dates and durations made from the contexts' numbers and times), each set apart from the
// templates' words by white space or punctuation (test/public-screen.test.ts renders every
// built-in template with markers to check that). So every leak the check could find in output is
// also visible in those strings taken one by one, read more loosely than the check reads output:
// - a name or `redact:` term: each of its runs of letters and digits inside one white-space
//   separated word of a string (entities decoded to any depth, tags and punctuation dropped), or of
//   the templates' own text; a run of digits alone always counts as there (dates hold any);
// - a secret or an address: the check's own patterns, run on several readings of each string (as
//   written, as plain.ts reads it, white space collapsed as `inline` does, markup dropped as
//   Markdown to HTML drops it).
// Markdown with links or raw HTML (`[` or `<`) is not screened: its HTML is remark's to make.
// When the screen sees nothing, no output can hold a leak and nothing is rendered; otherwise the
// full render decides, so the verdict is always the full render's (test: test/public-screen.test.ts,
// the screen against the full render on generated incidents and on the fixtures).
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { formatDuration, formatDurationProse } from '../time/duration.ts';
import { findAddresses } from './addresses.ts';
import { needsParser } from './markdown-safe.ts';
import { foldName, foldText, plainText } from './plain.ts';
import { mayMatch, SECRET_PATTERNS } from './secrets.ts';

export interface ScreenInput {
  /** Every context the templates are given: their strings and numbers are what output is made of. */
  contexts: unknown[];
  /** The Markdown the `markdown` helper renders (the Public summary as written, the updates' texts). */
  markdown: string[];
  /** Every name the leak check looks for, folded (more do no harm: screenNames). */
  names: readonly string[];
  /** The config's `public_domains`. */
  publicDomains: readonly string[];
  /** The `redact:` terms (rules.redact is their one pattern). */
  redact: readonly string[];
}

/**
 * The templates' own text: every piece between two `{{...}}`, one a line, and the words that form
 * where a block tag (`{{#if}}`, `{{else}}`, `{{/if}}`, a partial, a comment) joins the letters
 * around it (`u{{else}}U{{/if}}pdate` shows "update" or "Update"). A value (`{{title}}`) keeps
 * its neighbours apart (test/public-screen.test.ts checks that it sits between non-letters).
 */
export function templateText(sources: readonly string[]): string {
  const pieces: string[] = [];
  const before = new Set<string>(); // letters ending a piece, a block tag after them
  const after = new Set<string>(); // letters starting a piece, a block tag before them
  const whole = new Set<string>(); // pieces of letters only, between two block tags
  const isBlock = (m: string | undefined) => m !== undefined && /^\{\{~?\s*(?:[#/^!>]|else\b)/.test(m);
  for (const source of sources) {
    // `~` takes the white space beside the tag away.
    const parts = source.replace(/\s*\{\{~/g, '{{').replace(/~\}\}\s*/g, '}}').split(/(\{\{!--[\s\S]*?--\}\}|\{\{[\s\S]*?\}\}\}?)/);
    for (let k = 0; k < parts.length; k += 2) {
      const piece = parts[k]!;
      pieces.push(piece);
      const lead = /^[\p{L}\p{N}]+/u.exec(piece)?.[0];
      const trail = /[\p{L}\p{N}]+$/u.exec(piece)?.[0];
      if (lead && isBlock(parts[k - 1])) after.add(lead);
      if (trail && isBlock(parts[k + 1])) before.add(trail);
      if (lead === piece && isBlock(parts[k - 1]) && isBlock(parts[k + 1])) whole.add(piece);
    }
  }
  const joined: string[] = [];
  for (const b of before) {
    for (const a of after) {
      joined.push(b + a);
      for (const w of whole) {
        joined.push(b + w + a);
        for (const w2 of whole) joined.push(b + w + w2 + a);
      }
    }
  }
  return [...pieces, ...joined].join('\n');
}

/**
 * True when no public output made from these contexts by the built-in templates (`staticText`:
 * their templateText) can hold a leak; false when the full render must decide.
 */
export function screenClean(input: ScreenInput, staticText: string): boolean {
  if (input.markdown.some(needsParser)) return false;
  const strings = collect(input.contexts);
  const fixed = staticReadings(staticText);
  if (fixed.secrets) return false;
  const words = wordsOf(strings);
  for (const folded of input.names) if (allThere(runsOf(folded, NAME_CUT), fixed, words)) return false;
  for (const term of input.redact) if (allThere(runsOf(term, TERM_CUT), fixed, words)) return false;
  return !anySecret(strings, input.publicDomains);
}

/**
 * The names the screen looks for: the people of the file and of the config, folded, as leakRules
 * (leak.ts) takes them, and as it drops those shorter than two; the allowed ones kept (more names
 * only send more files to the full render; test/public-screen.test.ts checks these hold leakRules'
 * own). Not building the leak rules for a file the screen clears saved about 15 us a file.
 */
export function screenNames(people: ReadonlyMap<string, unknown>, configPeople: Readonly<Record<string, string>> | undefined): string[] {
  const names = [...people.keys()];
  for (const [name, login] of Object.entries(configPeople ?? {})) names.push(name.trim(), login.trim());
  const out: string[] = [];
  for (const name of names) {
    let folded = foldedNames.get(name);
    if (folded === undefined) foldedNames.set(name, (folded = foldName(name)));
    if (folded.length >= 2) out.push(folded);
  }
  return out;
}

/**
 * A memo that keeps what came back lately: when full, the older half goes, not everything (the
 * strings that come back file after file stay; cleared, the memos missed about 10 strings a file
 * on the bench corpus where 5 were new).
 */
class Recent<K, V> {
  private now = new Map<K, V>();
  private before = new Map<K, V>();
  constructor(private readonly size: number) {}
  get(key: K): V | undefined {
    let value = this.now.get(key);
    if (value === undefined && (value = this.before.get(key)) !== undefined) this.set(key, value);
    return value;
  }
  has(key: K): boolean {
    return this.now.has(key) || this.before.has(key);
  }
  set(key: K, value: V): void {
    if (this.now.size >= this.size) {
      this.before = this.now;
      this.now = new Map();
    }
    this.now.set(key, value);
  }
}

const foldedNames = new Recent<string, string>(2048);
const NAME_CUT = /[^\p{L}\p{N}]+/u;
const TERM_CUT = /[^\p{L}\p{N}\p{M}]+/u;
interface Runs {
  /** A name's runs (a term's: false). */
  name: boolean;
  /** No run of letters or digits at all (a name of punctuation only). */
  none: boolean;
  /** The runs to look for (a run of digits only is always there: dates and durations hold any). */
  find: string[];
  /** Which of them the templates' text (`fixed`) holds, asked once (the same every file). */
  fixed?: Fixed;
  inFixed?: boolean[];
}
const runs = { names: new Recent<string, Runs>(2048), terms: new Recent<string, Runs>(2048) };
/** The runs of letters and digits of a name or term (the same few come back file after file). */
function runsOf(text: string, cut: RegExp): Runs {
  const memo = cut === NAME_CUT ? runs.names : runs.terms;
  let r = memo.get(text);
  if (!r) {
    const real = text.split(cut).filter(Boolean);
    memo.set(text, (r = { name: cut === NAME_CUT, none: real.length === 0, find: real.filter((run) => !/^\p{N}+$/u.test(run)) }));
  }
  return r;
}

// Whether the strings (in any of their readings) hold what the secret and address patterns find.
// The same strings come back file after file (services, the site's title, status words): each
// one's answer is remembered, by the public domains it was given for.
const secretMemos = new Map<string, Recent<string, boolean>>();
function anySecret(strings: readonly string[], publicDomains: readonly string[]): boolean {
  const domains = publicDomains.join(' ');
  let memo = secretMemos.get(domains);
  if (!memo) {
    if (secretMemos.size >= 64) secretMemos.clear();
    secretMemos.set(domains, (memo = new Recent(4096)));
  }
  const fresh: string[] = [];
  for (const s of strings) {
    const known = s.length <= 4096 ? memo.get(s) : undefined;
    if (known === true) return true;
    if (known === undefined) fresh.push(s);
  }
  if (!fresh.length) return false;
  if (!secretInAny(fresh, publicDomains)) {
    for (const s of fresh) if (s.length <= 4096) memo.set(s, false);
    return false;
  }
  // Something is there (or only where two strings meet): each string on its own decides.
  return fresh.some((s) => {
    const found = secretIn(readings(s).join('\n\n'), publicDomains);
    if (s.length <= 4096) memo!.set(s, found);
    return found;
  });
}

/**
 * True when the patterns find something in any string's readings (sometimes also when they would
 * only find it where two strings meet): the readings of all the strings in one text, set apart by
 * blank lines as one string's readings are. No pattern needs the start or the end of the text, and
 * none that findAddresses filters matches white space: whatever one finds in a string alone it
 * finds there (test/public-screen.test.ts). A file's ten new strings cost one search, not ten.
 */
export function secretInAny(strings: readonly string[], publicDomains: readonly string[]): boolean {
  return secretIn(strings.flatMap(readings).join('\n\n'), publicDomains);
}

/** Whether the secret or address patterns find anything in the text. */
export function secretIn(text: string, publicDomains: readonly string[]): boolean {
  return SECRET_PATTERNS.some((pattern) =>
    // (search leaves the shared pattern's lastIndex as it was)
    mayMatch(pattern, text) && text.search(pattern.re) >= 0) ||
    findAddresses(text, publicDomains).length > 0;
}

/** Every run there, in the templates' text or the strings' words; none (a name of punctuation only) counts as there. */
function allThere(r: Runs, fixed: Fixed, words: Words): boolean {
  if (r.none) return true;
  if (r.fixed !== fixed) {
    r.inFixed = r.find.map((run) => (r.name ? fixed.hasName(run) : fixed.hasTerm(run)));
    r.fixed = fixed;
  }
  for (let k = 0; k < r.find.length; k++) {
    if (!r.inFixed![k] && !(r.name ? words.hasName(r.find[k]!) : words.hasTerm(r.find[k]!))) return false;
  }
  return true;
}

// Words are read with a CUT where punctuation or markup was: a run may have its letters split by
// cuts (markup the output drops: `al**ice**`, `al&lt;b&gt;ice`), and a name's run must also start
// and end at a cut or the word's edge (the check matches names as whole words).
const CUT = '\u0001';
const escapeRe = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const spread = (run: string) => [...run].map(escapeRe).join(`${CUT}?`);

/**
 * Whether a name's run is a whole word of the words (one a line, letters and digits and CUTs only):
 * its letters in order with a CUT or none between any two, a CUT, a line break or an end on either
 * side. (A pattern would say the same, but one compiled for each name costs more than the search.)
 */
export function hasWordRun(words: string, run: string): boolean {
  const edge = (c: string | undefined) => c === undefined || c === CUT || c === '\n';
  for (let at = words.indexOf(run[0]!); at >= 0; at = words.indexOf(run[0]!, at + 1)) {
    if (!edge(words[at - 1])) continue;
    let i = at;
    let k = 0;
    while (k < run.length) {
      if (words[i] === run[k]) {
        i++;
        k++;
      } else if (k > 0 && words[i] === CUT && words[i + 1] === run[k]) i++;
      else break;
    }
    if (k === run.length && edge(words[i])) return true;
  }
  return false;
}

const caselessRes = new Map<string, RegExp>();
/** A term's run as the `redact:` pattern matches it: anywhere, any case, Unicode-aware. */
export function caseless(run: string): RegExp {
  let re = caselessRes.get(run);
  if (!re) caselessRes.set(run, (re = new RegExp(spread(run), 'iu')));
  return re;
}

/** The strings and numbers of the contexts; numbers also as the `duration` helper writes them. */
function collect(contexts: unknown[]): string[] {
  const out = new Set<string>();
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v);
    else if (typeof v === 'number') {
      for (const text of numberTexts(v)) out.add(text);
    } else if (typeof v === 'object' && v !== null && !seen.has(v)) {
      seen.add(v);
      if (Array.isArray(v)) {
        let strings = true;
        for (const x of v) {
          walk(x);
          strings &&= typeof x === 'string';
        }
        // `join` puts a list's items side by side.
        if (strings) out.add(v.join(', '));
      } else {
        // (for...in: no array of the values made for each object; a context is a plain object)
        for (const key in v) walk((v as Record<string, unknown>)[key]);
      }
    }
  };
  for (const c of contexts) walk(c);
  return [...out];
}

// A number as written and as the `duration` helper writes it (the same few come back file after file).
const numberTextsOf = new Map<number, string[]>();
function numberTexts(v: number): string[] {
  let texts = numberTextsOf.get(v);
  // (-0 is 0 to a Map: written on its own)
  if (!texts || Object.is(v, -0)) {
    texts = [String(v)];
    for (const approx of [false, true]) texts.push(formatDuration(v, approx), formatDurationProse(v, approx));
    if (numberTextsOf.size >= 4096) numberTextsOf.clear();
    if (!Object.is(v, -0)) numberTextsOf.set(v, texts);
  }
  return texts;
}

const ENTITY = /&#(\d{1,7});|&#[xX]([0-9a-fA-F]{1,6});|&([A-Za-z][A-Za-z0-9]{1,31});/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', colon: ':', sol: '/', period: '.', commat: '@', lowbar: '_', ast: '*', larr: '\u2190' };

function decode(s: string): string {
  return s.replace(ENTITY, (m, dec, hex, named) => {
    // Every HTML entity, as remark decodes them in the Markdown it turns into HTML (`&shy;`, `&eacute;`).
    if (named !== undefined) return NAMED[named as string] ?? (decodeNamedCharacterReference(named as string) || m);
    const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
  });
}

/** The string decoded once, twice, ... until nothing changes (output decodes up to two levels of the escaped string). */
function levels(s: string): string[] {
  const out = [s];
  for (let k = 0; k < 4 && s.includes('&'); k++) {
    const next = decode(s);
    if (next === s) break;
    out.push((s = next));
  }
  return out;
}

const TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?(?:-->|$)/g;
/** Code spans lose the space inside their backticks (`` ` al `ice `` shows "alice"). */
const TICKS = /` ?| ?`/g;

// What loose() and readings() change: a string with none of it is read as written (most of the
// contexts' strings: dates, ids, links, services, prose without markup). Skipping the passes took
// readings() from 2.8-4.4 us a string to 0.6 on the bench corpus's (test/public-screen.test.ts: the same readings).
const LOOSE_TOUCHES = /[&<`\\\u200B-\u200D\u2060\u00AD\uFEFF]/;
const READINGS_TOUCH = /[&<`\\*~_\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\u00AD\uFEFF]/;
/** A line's list, quote or heading marker (dropped as Markdown to HTML drops it). */
const LINE_MARK = /^[ \t]*(?:[#>]+|[-+*]|\d{1,9}[.)])?[ \t]*/gm;
/**
 * What any reading changes: READINGS_TOUCH's characters, white space but a lone space (collapsing
 * white space, a line break for LINE_MARK), a start that could be a marker (LINE_MARK).
 */
const READ_AS_WRITTEN_NOT = /[&<`\\*~_\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\u00AD\uFEFF]|[^\S ]|  |^[#>+*-]|^ |^\d{1,9}[.)]/;

/** Loose readings of a string, for the runs of names and terms: tags kept or dropped, code spans closed up. */
export function loose(s: string): string[] {
  return LOOSE_TOUCHES.test(s) ? looseInFull(s) : [s];
}

/** loose, every pass run (exported for the test that holds the shortcut to it). */
export function looseInFull(s: string): string[] {
  const out = new Set<string>();
  // The check drops zero-width characters (U+FEFF too, which splitting by white space would not
  // keep); `inline` makes U+FEFF a space (it is white space to it): both readings.
  for (const level of new Set(levels(s).flatMap((l) => [l, l.replace(/[\u200B-\u200D\u2060\u00AD\uFEFF]/g, '')]))) {
    // A backslash before a line break is a line break in HTML (`a\` + line break reads "a", "b").
    for (const t of [level, level.replace(TAG, ''), level.replace(/\\/g, '')]) out.add(t).add(t.replace(TICKS, ''));
  }
  return [...out];
}

/** The readings the secret and address patterns run on (see the header). */
export function readings(s: string): string[] {
  // (One test for the common case: nothing any pass changes, read as written.)
  if (!READ_AS_WRITTEN_NOT.test(s)) return [s];
  if (READINGS_TOUCH.test(s)) return readingsInFull(s);
  // Only a line's marker and runs of white space can change.
  const marked = s.replace(LINE_MARK, '');
  return [...new Set([s, s.replace(/\s+/g, ' '), marked, marked.replace(/\s+/g, ' ')])];
}

/** readings, every pass run (exported for the test that holds the shortcut to it). */
export function readingsInFull(s: string): string[] {
  const out = new Set<string>();
  // Also: control characters gone (escapeHtml and `inline` drop them, joining what they split).
  const bases = levels(s).flatMap((l) => [l, l.replace(TICKS, ''), l.replace(/\\(?=\r?\n)/g, ''), l.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')]);
  for (const level of new Set(bases)) {
    // Read once, and again: Markdown to HTML turns `\*` into a `*` that the check then drops.
    const once = plainText(level);
    const twice = plainText(once);
    for (const read of new Set([once, twice])) {
      const marked = read.replace(LINE_MARK, '').replace(TICKS, '').replace(TAG, '');
      for (const t of new Set([level, read, marked])) out.add(t).add(t.replace(/\s+/g, ' '));
    }
  }
  return [...out];
}

interface Words {
  /** Whether a name's run (folded) is a whole word of the strings, as hasWordRun reads words. */
  hasName(run: string): boolean;
  /** Whether a term's run is in the strings' words, as caseless reads them. */
  hasTerm(run: string): boolean;
}

/** The words of the strings (in their loose readings), for the runs of names and terms. */
export function wordsOf(strings: readonly string[]): Words {
  // (One test of the strings together: most have nothing loose() changes.)
  let text = strings.join('\n');
  if (LOOSE_TOUCHES.test(text)) text = strings.flatMap(loose).join('\n');
  if (/^[\u0000-\u007f]*$/.test(text)) {
    // ASCII (every file of the bench corpus): the text is read as it is, not cut into words first
    // (cutting a file's strings into words cost 25-40 us a file on the bench corpus).
    const folded = text.toLowerCase();
    return { hasName: (run) => asciiRunIn(folded, run, true), hasTerm: (run) => asciiRunIn(folded, asciiCaseless(run), false) };
  }
  const folded = `\n${wordLines(foldText(text), FOLDED_CUT)}\n`;
  const asWritten = `\n${wordLines(text, WRITTEN_CUT)}\n`;
  // (The letters of a run, cuts left out, are a cheap first test: most names are nowhere.)
  const joined = folded.replaceAll(CUT, '');
  return { hasName: (run) => joined.includes(run) && hasWordRun(folded, run), hasTerm: (run) => caseless(run).test(asWritten) };
}

// ASCII letters and digits; ASCII white space (what `\s` is in ASCII).
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * A run in lower-case ASCII text not yet cut into words, as hasWordRun (`whole`: for a name) or
 * caseless (for a term) finds it in the words: a run of characters other than letters, digits and
 * white space stands for a CUT. (test/public-screen.test.ts holds it to them.)
 */
export function asciiRunIn(text: string, run: string | undefined, whole: boolean): boolean {
  if (run === undefined) return false;
  const first = run[0]!;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    if (whole && at > 0 && isAsciiWordChar(text.charCodeAt(at - 1))) continue;
    let i = at + 1;
    let k = 1;
    while (k < run.length) {
      if (text[i] === run[k]) {
        i++;
        k++;
        continue;
      }
      let j = i;
      while (j < text.length && !isAsciiWordChar(text.charCodeAt(j)) && !isAsciiSpace(text.charCodeAt(j))) j++;
      if (j === i || text[j] !== run[k]) break;
      i = j;
    }
    if (k === run.length && (!whole || i >= text.length || !isAsciiWordChar(text.charCodeAt(i)))) return true;
  }
  return false;
}

const asciiTerms = new Recent<string, string | undefined>(1024);
/**
 * A term's run as it matches ASCII text in any case (`iu`): lower case; the only other characters
 * that match an ASCII one are U+017F (s) and U+212A (k) (checked for every code point, Node 20 and
 * 24); undefined when the run holds another (it is in no ASCII text).
 */
function asciiCaseless(run: string): string | undefined {
  let r = asciiTerms.get(run);
  if (r === undefined && !asciiTerms.has(run)) {
    const lower = run.toLowerCase().replace(/\u017F/g, 's').replace(/\u212A/g, 'k');
    asciiTerms.set(run, (r = /^[\u0000-\u007f]*$/.test(lower) ? lower : undefined));
  }
  return r;
}

// Every run of anything but letters, digits and white space is a CUT, then white space a line
// break: the same as splitting at white space and cutting each piece, two native passes instead of
// a pattern run on each piece (0.4-0.6 us a string instead of 0.7).
const FOLDED_CUT = /[^\p{L}\p{N}\s]+/gu;
const WRITTEN_CUT = /[^\p{L}\p{N}\p{M}\s]+/gu;
/** The words of a text one a line, a CUT for each run of other characters in a word. */
function wordLines(text: string, cut: RegExp): string {
  return text.replace(cut, CUT).replace(/\s+/g, '\n');
}

/** The words of a string's loose readings, one a line, everything but letters and digits a CUT: folded for names, as written for terms. */
function squashedWords(s: string): { folded: string; asWritten: string } {
  const texts = loose(s);
  return {
    folded: texts.map((t) => wordLines(foldText(t), FOLDED_CUT)).join('\n'),
    asWritten: texts.map((t) => wordLines(t, WRITTEN_CUT)).join('\n'),
  };
}

interface Fixed extends Words {
  /** The text alone already looks like a secret or an address (never screened then). */
  secrets: boolean;
}

const statics = new Map<string, Fixed>();
/** The templates' text read as the strings are; whether a run is in it asked once per run (the text is the same for every file). */
function staticReadings(text: string): Fixed {
  let r = statics.get(text);
  if (!r) {
    const { folded, asWritten } = squashedWords(text);
    const names = new Map<string, boolean>();
    const terms = new Map<string, boolean>();
    r = {
      secrets: secretIn(readings(text).join('\n\n'), []),
      hasName(run) {
        let found = names.get(run);
        if (found === undefined) names.set(run, (found = hasWordRun(folded, run)));
        return found;
      },
      hasTerm(run) {
        let found = terms.get(run);
        if (found === undefined) terms.set(run, (found = caseless(run).test(asWritten)));
        return found;
      },
    };
    statics.set(text, r);
  }
  return r;
}
