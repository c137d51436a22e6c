// A Slack export directory (channels.json, users.json, one folder per channel with a JSON file
// per day), as Slack's own export, slackdump and slack-advanced-exporter write it. One channel
// becomes one incident: the messages in the window (--since/--until) that are pinned or carry the
// reaction (📌 `pushpin` by default), each with its whole thread, become timeline notes by their
// authors (users.json, mapped through `people:`); a reaction mapped to a kind (`--kind
// rotating_light=started`) makes its messages milestones, chosen by a person, never guessed from
// text. Files attached to kept messages that the export holds (`__uploads/<file id>/<name>`, or
// `<channel>/attachments/<file id>-<name>`) become evidence; the writer copies and hashes them.
import { ENTRY_KINDS } from '../../model/types.ts';
import { UsageError } from '../../util/errors.ts';
import { fileName, readJson } from '../json.ts';
import type { ImportedEntry, ImportedEvidence, ImportedIncident, ImportFlag, ImportInput, ImportReadOptions, ImportSource } from '../types.ts';
import { isRecord, msOf, personName, records, str, zonedTime, type Json } from './fields.ts';

const DEFAULT_REACTION = 'pushpin';
/** Reactions are named in exports; the two pins may be typed as themselves too. */
const EMOJI: Record<string, string> = { '📌': 'pushpin', '📍': 'round_pushpin' };
/** Subtypes that are Slack's own notices, never part of the record (unless pinned). */
const NOTICES = new Set(['channel_join', 'channel_leave', 'channel_topic', 'channel_purpose', 'channel_name', 'channel_archive', 'channel_unarchive', 'group_join', 'group_leave', 'pinned_item', 'unpinned_item', 'bot_add', 'bot_remove']);
const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.json$/;

const OPTIONS: readonly ImportFlag[] = [
  { name: 'channel', value: '<name>', description: 'the channel (name or id); needed when the export has more than one' },
  { name: 'reaction', value: '<name>', description: 'keep messages with this reaction (default pushpin, or import.slack.reaction); pinned messages are always kept', repeatable: true },
  { name: 'kind', value: '<reaction>=<kind>', description: 'messages with this reaction become entries of this kind (rotating_light=started); kept too', repeatable: true },
  { name: 'all', description: 'keep every message of the channel in the window, not only pinned and marked ones' },
  { name: 'title', value: '<text>', description: 'the incident title (default: the channel purpose, topic or name)' },
];

interface Channel {
  id: string;
  name?: string;
  info: Json;
}

interface Message {
  m: Json;
  ts: string;
  ms: number;
  /** Index in the channel's files in order, to keep the written order of equal times. */
  n: number;
  thread?: string;
}

export const slackSource: ImportSource = {
  name: 'slack',
  describe: 'a Slack export directory: pinned and marked messages of one channel (--channel) in a window become the timeline',
  options: OPTIONS,
  read(input, options) {
    if (!input.directory) throw new UsageError(`Unexpected file ${input.root}, expected a Slack export directory (with channels.json, users.json and a folder per channel); unzip the export first`);
    // Exports of whole workspaces hold thousands of folders and files: looked up in sets.
    const listed = new Set(input.files);
    const folders = new Set(input.files.filter((f) => f.includes('/')).map((f) => f.slice(0, f.indexOf('/'))));
    const channel = pickChannel(input, options, folders);
    const folder = channelFolder(channel, folders);
    const users = userNames(input, options.people);
    const settings = markers(options);

    const messages: Message[] = [];
    let n = 0;
    for (const file of input.files.filter((f) => f.startsWith(`${folder}/`) && DAY_FILE.test(f.slice(folder.length + 1)))) {
      const day = readJson(input, file);
      for (const m of records(day)) {
        const ts = str(m.ts);
        const seconds = ts ? Number(ts) : NaN;
        if (!ts || !Number.isFinite(seconds)) continue;
        messages.push({ m, ts, ms: Math.round(seconds * 1000), n: n++, thread: str(m.thread_ts) });
      }
    }
    messages.sort((a, b) => a.ms - b.ms || a.n - b.n);
    const since = options.since ? msOf(options.since) : -Infinity;
    const until = options.until ? msOf(options.until) : Infinity;
    const inWindow = (x: Message) => x.ms >= since && x.ms < until;

    const marked = (x: Message) => isPinned(x.m) || reactionsOf(x.m).some((r) => settings.keep.has(r) || settings.kinds.has(r));
    // A kept message brings its thread: a parent all its replies, a reply its parent.
    const kept = new Set<string>();
    const threads = new Set<string>();
    for (const x of messages) {
      if (!inWindow(x) || !(settings.all ? !NOTICES.has(str(x.m.subtype) ?? '') : marked(x))) continue;
      kept.add(x.ts);
      if (x.thread === x.ts) threads.add(x.ts);
      else if (x.thread) kept.add(x.thread);
    }
    for (const x of messages) if (x.thread && threads.has(x.thread)) kept.add(x.ts);
    const chosen = messages.filter((x) => kept.has(x.ts) && str(x.m.subtype) !== 'message_deleted');

    const timeline: ImportedEntry[] = [];
    const evidence: ImportedEvidence[] = [];
    const missing: string[] = [];
    const zone = options.timezone;
    for (const x of chosen) {
      const at = zonedTime(x.ms, zone);
      const by = str(x.m.subtype) === 'tombstone' ? undefined : authorOf(x.m, users); // Slackbot stands in for a deleted message's author
      const reply = x.thread !== undefined && x.thread !== x.ts;
      const files = records(x.m.files).filter((f) => str(f.mode) !== 'tombstone');
      let text = messageText(x.m, users);
      if (!text && files.length) text = `Shared ${files.map((f) => str(f.name) ?? str(f.title) ?? 'a file').join(', ')}`;
      if (!text) text = '(no text)';
      if (isRecord(x.m.edited)) text += ' (edited)';
      const kind = reactionsOf(x.m).map((r) => settings.kinds.get(r)).find((k) => k !== undefined) ?? 'note';
      const entry: ImportedEntry = { at, kind, text: reply ? `↳ ${text}` : text };
      if (by) entry.by = by;
      timeline.push(entry);
      for (const f of files) {
        const path = uploadPath(listed, folder, f);
        const name = str(f.name) ?? str(f.title) ?? str(f.id) ?? 'file';
        if (!path) {
          missing.push(name);
          continue;
        }
        const item: ImportedEvidence = { path, name, at };
        if (by) item.by = by;
        const title = str(f.title);
        item.note = `Attached to the Slack message of ${at} in #${channel.name ?? channel.id}${title && title !== name ? `: ${title}` : ''}`;
        evidence.push(item);
      }
    }

    const notes: string[] = [];
    const label = `#${channel.name ?? channel.id}`;
    if (!chosen.length) notes.push(`slack: no message of ${label} in the window is pinned or carries :${[...settings.keep][0] ?? DEFAULT_REACTION}: (--reaction, --kind, or --all to keep every message)`);
    if (missing.length) notes.push(`slack: ${missing.length} attached file${missing.length === 1 ? '' : 's'} not in the export (only links: download them with slackdump or slack-advanced-exporter to keep them as evidence): ${missing.join(', ')}`);
    if (!chosen.length) return { incidents: [], refused: [], notes };

    const window = options.since || options.until ? `@${options.since ?? ''}..${options.until ?? ''}` : '';
    const title = str(options.flags.title) ?? str(isRecord(channel.info.purpose) ? channel.info.purpose.value : undefined) ?? str(isRecord(channel.info.topic) ? channel.info.topic.value : undefined) ?? label;
    const kinds = new Set(timeline.map((e) => e.kind));
    const status: ImportedIncident['status'] = kinds.has('resolved') ? 'resolved' : kinds.has('mitigated') || kinds.has('recovered') ? 'monitoring' : 'investigating';
    const raw: Json = { channel: channel.name ?? channel.id, channel_id: channel.id, messages: chosen.map((x) => x.ts) };
    if (options.since) raw.since = options.since;
    if (options.until) raw.until = options.until;
    if (missing.length) raw.files_not_in_export = missing;
    const incident: ImportedIncident = {
      source: 'slack', sourceId: `${channel.id}${window}`, where: fileName(input, folder), title, severity: [], status, timeline, raw,
    };
    if (evidence.length) incident.evidence = evidence;
    return { incidents: [incident], refused: [], notes };
  },
};

/** The reactions to keep and the ones that give a kind, from the flags, else `.incident.yml` `import.slack`. */
function markers(options: ImportReadOptions): { keep: Set<string>; kinds: Map<string, ImportedEntry['kind']>; all: boolean } {
  const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((s) => String(s).trim().replace(/^:|:$/g, '')).map((s) => EMOJI[s] ?? s).filter(Boolean);
  const given = list(options.flags.reaction);
  const keep = new Set(given.length ? given : list(options.config.reaction).length ? list(options.config.reaction) : [DEFAULT_REACTION]);
  const kinds = new Map<string, ImportedEntry['kind']>();
  const pairs = isRecord(options.config.kinds) ? Object.entries(options.config.kinds).map(([r, k]) => ({ pair: `${r}=${String(k)}`, from: 'import.slack.kinds' })) : [];
  for (const { pair, from } of [...pairs, ...list(options.flags.kind).map((pair) => ({ pair, from: '--kind' }))]) {
    const [reaction, kind] = pair.split('=').map((s) => s.trim().replace(/^:|:$/g, ''));
    if (!reaction || !kind || !(ENTRY_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`Unexpected ${from} "${pair}", expected <reaction>=<kind> with a kind among ${ENTRY_KINDS.join(', ')}`);
    }
    kinds.set(EMOJI[reaction] ?? reaction, kind as ImportedEntry['kind']);
  }
  return { keep, kinds, all: options.flags.all === true };
}

/** `pinned_to` lists the channels it is pinned in (an export holds one channel's messages per folder). */
function isPinned(m: Json): boolean {
  return Array.isArray(m.pinned_to) && m.pinned_to.length > 0;
}

/** Reaction names, without a skin tone (`+1::skin-tone-2` is `+1`). */
function reactionsOf(m: Json): string[] {
  return records(m.reactions).map((r) => str(r.name)?.replace(/::.*$/, '')).filter((r): r is string => r !== undefined);
}

/** channels.json, groups.json (private), mpims.json and dms.json, by name or id. */
function pickChannel(input: ImportInput, options: ImportReadOptions, folders: Set<string>): Channel {
  const all: Channel[] = [];
  for (const list of ['channels.json', 'groups.json', 'mpims.json', 'dms.json']) {
    if (!input.files.includes(list)) continue;
    for (const c of records(readJson(input, list))) if (str(c.id)) all.push({ id: str(c.id)!, name: str(c.name), info: c });
  }
  if (!all.length) throw new UsageError(`Unexpected directory ${input.root} without channels.json, expected a Slack export (channels.json, users.json and a folder per channel)`);
  const wanted = str(options.flags.channel)?.replace(/^#/, '');
  const names = all.map((c) => c.name ?? c.id).join(', ');
  if (!wanted) {
    const present = all.filter((c) => folders.has(c.name ?? c.id) || folders.has(c.id));
    if (present.length === 1) return present[0]!;
    throw new UsageError(`Unexpected no --channel, expected one of ${names}`);
  }
  const found = all.find((c) => c.name === wanted || c.id === wanted) ?? all.find((c) => c.name?.toLowerCase() === wanted.toLowerCase());
  if (!found) throw new UsageError(`Unexpected --channel "${wanted}", expected one of ${names}`);
  return found;
}

/** The channel's folder: its name (Slack, slackdump), else its id (direct messages). */
function channelFolder(c: Channel, folders: Set<string>): string {
  for (const folder of [c.name, c.id]) if (folder && folders.has(folder)) return folder;
  throw new UsageError(`Unexpected channel #${c.name ?? c.id} without messages in the export, expected a folder ${c.name ?? c.id}/ with a JSON file per day`);
}

/** users.json (org_users.json on Enterprise Grid): id to the name incidents use. */
function userNames(input: ImportInput, people: Readonly<Record<string, string>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const list of ['users.json', 'org_users.json']) {
    if (!input.files.includes(list)) continue;
    for (const u of records(readJson(input, list))) {
      const id = str(u.id);
      const p = isRecord(u.profile) ? u.profile : {};
      const name = personName(people, [str(p.real_name), str(u.real_name), str(p.display_name), str(u.name), str(p.email)]);
      if (id && name) out.set(id, name);
    }
  }
  return out;
}

function authorOf(m: Json, users: Map<string, string>): string | undefined {
  const id = str(m.user);
  if (id && users.has(id)) return users.get(id);
  const profile = isRecord(m.user_profile) ? m.user_profile : {};
  const bot = isRecord(m.bot_profile) ? m.bot_profile : {};
  // Not in users.json (a deleted account, another workspace): the name the message carries, else its id.
  return str(profile.real_name) ?? str(profile.display_name) ?? str(profile.name) ?? str(m.username) ?? str(bot.name) ?? id;
}

/** Slack's mrkdwn as plain Markdown: mentions by name, links as links, entities decoded. */
export function messageText(m: Json, users: Map<string, string>): string {
  if (str(m.subtype) === 'tombstone') return '(message deleted)';
  let text = typeof m.text === 'string' ? m.text : '';
  if (!text.trim()) text = records(m.attachments).map((a) => str(a.text) ?? str(a.fallback) ?? '').filter(Boolean).join('\n');
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => {
      const [target, label] = inner.split('|', 2) as [string, string | undefined];
      if (target.startsWith('@')) return `@${(label ?? users.get(target.slice(1)) ?? target.slice(1)).replace(/^@/, '')}`;
      if (target.startsWith('#')) return `#${(label ?? target.slice(1)).replace(/^#/, '')}`;
      if (target.startsWith('!')) return `@${(label ?? target.slice(1).split('^')[0]!).replace(/^@/, '')}`;
      return label ? `[${label}](${target})` : target;
    })
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .trim();
}

/** Where the export keeps a file's bytes, if it does. */
function uploadPath(listed: Set<string>, folder: string, f: Json): string | undefined {
  const id = str(f.id);
  const name = str(f.name);
  if (!id || !name) return undefined;
  const candidates = [`__uploads/${id}/${name}`, `${folder}/attachments/${id}-${name}`];
  return candidates.find((c) => listed.has(c));
}
