// A tracking issue's comment as a command: its first line, `/log [time] text`, `/status <status or
// milestone> [time]`, `/role <role> @user`, `/severity SEV-n [time]`, `/thread open|update|close|assign
// ...`, `/action add "<title>" [--owner @x --due ...]` and `/update <public text>`. The options are
// the CLI's own (src/cli/options.ts, read by the same parseArgs as the lanes), minus --by (the
// commenter is the author), --now (a comment is always "now": when it was written) and --json.
// The checks (a time, a status, a severity, a role) are the command functions' own.
import { parseFast, str, type FastOptions } from '../../cli/fast-args.ts';
import { ACTION_OPTIONS, LOG_OPTIONS, ROLE_OPTIONS, SEVERITY_OPTIONS, STATUS_OPTIONS, STATUS_UPDATE_OPTIONS, THREAD_OPTIONS } from '../../cli/options.ts';
import { UsageError } from '../../core/util/errors.ts';
import { stripApprox } from '../../core/time/time-input.ts';
import { resolveAt } from '../../core/timeline/timeline.ts';
import type { SingleRole } from '../../core/model/types.ts';

export type IssueCommand =
  | { name: 'log'; text: string; kind?: string; at?: string; approx?: boolean; force?: boolean }
  | { name: 'status'; target: string; text?: string; at?: string; approx?: boolean; force?: boolean }
  | { name: 'role'; role: SingleRole | 'sme'; who: string; at?: string; force?: boolean }
  | { name: 'severity'; severity: string; at?: string; approx?: boolean; force?: boolean }
  | { name: 'thread'; action: string; number?: string; text?: string; owner?: string; at?: string }
  | { name: 'action'; action: string; title?: string; type?: string; owner?: string; due?: string; status?: string; reason?: string; force?: boolean }
  | { name: 'update'; text: string; status?: string; at?: string; force?: boolean };

export const COMMAND_NAMES = ['log', 'status', 'role', 'severity', 'thread', 'action', 'update'] as const;

const USAGE: Record<IssueCommand['name'], string> = {
  log: '/log [time] <what happened>',
  status: '/status <status or milestone> [time]',
  role: '/role <commander|deputy|scribe|comms|coordinator|sme> @user',
  severity: '/severity <severity> [time]',
  thread: '/thread open <question> | update <n> <finding> | close <n> <answer> | assign <n> [@user]',
  action: '/action add <title, verb first> [--owner @user] [--due YYYY-MM-DD] [--type prevent]',
  update: '/update [--status identified] <public text>',
};

/** Role names as people type them, to the CLI's flags and the file's keys. */
const ROLES: Record<string, SingleRole | 'sme'> = {
  commander: 'incident_commander', ic: 'incident_commander', incident_commander: 'incident_commander',
  deputy: 'deputy',
  scribe: 'scribe',
  comms: 'communications_liaison', communications: 'communications_liaison', communications_liaison: 'communications_liaison',
  coordinator: 'investigation_coordinator', investigation_coordinator: 'investigation_coordinator',
  sme: 'sme', subject_matter_expert: 'sme', expert: 'sme',
};

const pick = (options: FastOptions, names: string[]): FastOptions =>
  Object.fromEntries(names.map((n) => [n, { ...options[n]!, default: undefined }]));

const SPEC = {
  log: pick(LOG_OPTIONS, ['kind', 'at', 'approx', 'force']),
  status: pick(STATUS_OPTIONS, ['text', 'at', 'approx', 'force']),
  role: pick(ROLE_OPTIONS, ['at', 'force']),
  severity: pick(SEVERITY_OPTIONS, ['at', 'approx', 'force']),
  thread: pick(THREAD_OPTIONS, ['owner', 'at']),
  action: pick(ACTION_OPTIONS, ['type', 'owner', 'due', 'status', 'reason', 'title', 'force']),
  update: pick(STATUS_UPDATE_OPTIONS, ['status', 'at', 'force']),
};

/** The command a comment holds, undefined when it holds none of ours; a UsageError when it is one but malformed. */
export function parseComment(body: string): IssueCommand | undefined {
  const lines = body.replace(/\r\n?/g, '\n').trim().split('\n');
  const head = /^\/([a-z]+)(?=\s|$)/.exec(lines[0]!.trim());
  if (!head || !(COMMAND_NAMES as readonly string[]).includes(head[1]!)) return undefined;
  const name = head[1] as IssueCommand['name'];
  const line = lines[0]!.trim().slice(head[0].length);
  // Free text may go on over the next lines (one entry: the lines joined); the others take one line.
  const more = lines.slice(1).map((l) => l.trim()).filter(Boolean).join(' ');
  try {
    switch (name) {
      case 'log': return log(line, more);
      case 'update': return update(line, more);
      case 'status': return status(line);
      case 'role': return role(line);
      case 'severity': return severity(line);
      case 'thread': return thread(line);
      case 'action': return action(line);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // parseArgs' words ("Unknown option '--x'. To specify a positional...") in ours.
    const message = error.message.replace(/ \(see incident \w[\w-]* --help\)$/, '').replace(/^Unknown option '([^']+)'.*$/, 'Unexpected option $1');
    throw new UsageError(/\bexpected\b/.test(message) ? `${message} (${USAGE[name]})` : `${message}, expected ${USAGE[name]}`);
    throw error;
  }
}

function log(line: string, more: string): IssueCommand {
  const { values, rest } = leadingOptions('log', line, SPEC.log);
  let at = str(values.at);
  let approx = values.approx === true ? true : undefined;
  let text = rest;
  if (at === undefined) {
    const found = timePrefix(rest);
    if (found) {
      at = found.at;
      text = found.rest;
      if (found.approx) approx = true;
    }
  }
  text = unquote(joinText(text, more));
  if (!text) throw new UsageError('Missing text');
  return { name: 'log', text, kind: str(values.kind), at, approx, force: values.force === true || undefined };
}

function update(line: string, more: string): IssueCommand {
  const { values, rest } = leadingOptions('update', line, SPEC.update);
  const text = unquote(joinText(rest, more));
  if (!text) throw new UsageError('Missing text');
  return { name: 'update', text, status: str(values.status), at: str(values.at), force: values.force === true || undefined };
}

function status(line: string): IssueCommand {
  const { positionals, values } = parseFast('status', tokens(line), SPEC.status);
  const [target, ...time] = positionals;
  if (!target) throw new UsageError('Missing status');
  const at = str(values.at) ?? (time.length ? time.join(' ') : undefined);
  return { name: 'status', target: target.toLowerCase(), text: str(values.text), at, approx: values.approx === true || undefined, force: values.force === true || undefined };
}

function role(line: string): IssueCommand {
  const { positionals, values } = parseFast('role', tokens(line), SPEC.role);
  const [typed, who, ...extra] = positionals;
  if (!typed) throw new UsageError('Missing role');
  const key = ROLES[typed.toLowerCase().replace(/-/g, '_')];
  if (!key) throw new UsageError(`Unexpected role "${typed}"`);
  if (!who) throw new UsageError('Missing person');
  if (extra.length) throw new UsageError(`Unexpected "${extra.join(' ')}" after the person (a name with spaces goes in quotes)`);
  return { name: 'role', role: key, who, at: str(values.at), force: values.force === true || undefined };
}

function severity(line: string): IssueCommand {
  const { positionals, values } = parseFast('severity', tokens(line), SPEC.severity);
  const [level, ...time] = positionals;
  if (!level) throw new UsageError('Missing severity');
  const at = str(values.at) ?? (time.length ? time.join(' ') : undefined);
  return { name: 'severity', severity: level, at, approx: values.approx === true || undefined, force: values.force === true || undefined };
}

function thread(line: string): IssueCommand {
  const { positionals, values } = parseFast('thread', tokens(line), SPEC.thread);
  const [act, ...args] = positionals;
  if (!act) throw new UsageError('Missing what to do');
  const numbered = act !== 'open';
  const [number, ...rest] = numbered ? args : [undefined, ...args];
  const text = unquote(rest.join(' '));
  const owner = act === 'assign' ? text || undefined : str(values.owner);
  return { name: 'thread', action: act, number, text: act === 'assign' ? undefined : text, owner, at: str(values.at) };
}

function action(line: string): IssueCommand {
  const { positionals, values } = parseFast('action', tokens(line), SPEC.action);
  const [act, ...rest] = positionals;
  if (!act) throw new UsageError('Missing what to do');
  if (act === 'add') {
    return {
      name: 'action', action: 'add', title: unquote(rest.join(' ')), type: str(values.type), owner: str(values.owner),
      due: str(values.due), status: str(values.status), reason: str(values.reason), force: values.force === true || undefined,
    };
  }
  if (!/^AI-\w+$/i.test(act)) throw new UsageError(`Unexpected "${act}", expected add or an item id like AI-1`);
  if (rest.length) throw new UsageError(`Unexpected "${rest.join(' ')}", expected options such as --status done`);
  return {
    name: 'action', action: act, title: str(values.title), type: str(values.type), owner: str(values.owner),
    due: str(values.due), status: str(values.status), reason: str(values.reason), force: values.force === true || undefined,
  };
}

interface Token {
  value: string;
  start: number;
  end: number;
}

/**
 * Words split at spaces; a word that starts with a quote runs to its closing quote (so `--at "9:37 AM
 * PST"` and `"Why is it slow?"` are one word each). A quote inside a word (what's) is a letter.
 */
function tokenize(line: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const start = m.index;
    const q = line[start];
    if (q === '"' || q === "'" || q === '“') {
      const close = q === '“' ? '”' : q;
      const end = line.indexOf(close, start + 1);
      if (end !== -1 && (end + 1 === line.length || /\s/.test(line[end + 1]!))) {
        out.push({ value: line.slice(start + 1, end), start, end: end + 1 });
        re.lastIndex = end + 1;
        continue;
      }
    }
    out.push({ value: m[0], start, end: start + m[0].length });
  }
  return out;
}

const tokens = (line: string) => tokenize(line).map((t) => t.value);

/** The options at the start of a free-text command, and the text after them as written. */
function leadingOptions(command: string, line: string, spec: FastOptions): { values: Record<string, unknown>; rest: string } {
  const names = new Map<string, { name: string; takes: boolean }>();
  for (const [name, o] of Object.entries(spec)) {
    names.set(`--${name}`, { name, takes: o.type === 'string' });
    if (o.short) names.set(`-${o.short}`, { name, takes: o.type === 'string' });
  }
  const all = tokenize(line);
  const args: string[] = [];
  let i = 0;
  for (; i < all.length; i++) {
    const word = all[i]!.value;
    const known = names.get(word.split('=')[0]!);
    if (!known) break;
    args.push(word);
    if (known.takes && !word.includes('=')) {
      if (i + 1 >= all.length) throw new UsageError(`Missing value for ${word}`);
      args.push(all[++i]!.value);
    }
  }
  const { values } = args.length ? parseFast(command, args, spec) : { values: {} };
  return { values, rest: i < all.length ? line.slice(all[i]!.start).trim() : '' };
}

// What a time's first word may be: a digit, an approximate marker, a month, a weekday, today or yesterday.
const TIME_START = /^(?:[~\u2248\u00b1]|\+\/?-|\d|-\d|(?:about|around|approx\.?|approximately|circa|ca\.|today|yesterday)$|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?$)/i;
/** The longest time: `Tue, Feb 28, 2017 at 9:37 AM PST`. */
const TIME_WORDS = 8;
// Words a time may end with: a zone abbreviation (the parser says whether it is one).
const ZONE_WORD = /^[A-Z]{2,5}$/;

/**
 * A time at the start of /log's text, as `--at` takes it (`13:45`, `9:37 AM PST`, `~13:45`, `-5m`,
 * `2017-02-28 9:37 AM`, `Dec 5 13:45`, `yesterday 13:45`): the longest run of up to TIME_WORDS words that reads as one. A run ending in
 * what can only be a zone the parser refuses (`13:45 IST`: ambiguous) is an error, not text.
 */
export function timePrefix(text: string): { at: string; approx?: boolean; rest: string } | undefined {
  const words = tokenize(text);
  if (!words.length || !TIME_START.test(words[0]!.value)) return undefined;
  const probe = { now: Date.UTC(2026, 0, 15, 12), timeZone: 'UTC' };
  for (let n = Math.min(TIME_WORDS, words.length); n >= 1; n--) {
    const candidate = text.slice(0, words[n - 1]!.end);
    try {
      const resolved = resolveAt(candidate, probe);
      return { at: candidate, approx: resolved.approx, rest: text.slice(words[n - 1]!.end).trim() };
    } catch (error) {
      const message = (error as Error).message;
      if (n >= 2 && ZONE_WORD.test(words[n - 1]!.value) && /ambiguous/i.test(message)) throw error;
      // `Tue, Feb 28 9:37` checked against the probe's year, not the incident's: a time all the same,
      // resolved (and its weekday checked) when the entry is written.
      if (/^Unexpected weekday/.test(message)) return { at: candidate, approx: stripApprox(candidate) !== undefined || undefined, rest: text.slice(words[n - 1]!.end).trim() };
    }
  }
  return undefined;
}

const joinText = (a: string, b: string) => [a.trim(), b].filter(Boolean).join(' ');

/** `"text"` as text: quotes around the whole of it, as the CLI's shell would have taken them. */
function unquote(text: string): string {
  const t = text.trim();
  const m = /^(["'\u201c])([\s\S]*)(["'\u201d])$/.exec(t);
  if (m && t.length >= 2 && ((m[1] === '“' && m[3] === '”') || (m[1] === m[3] && m[1] !== '“')) && !m[2]!.includes(m[1] === '“' ? '”' : m[1]!)) return m[2]!.trim();
  return t;
}

