// Investigation threads (seed 004): the questions being worked on, who works on each, what they
// found and the answer. Pure and light (no YAML package): schema.ts imports the statuses from here.
// A thread is named by its id (`k7m2q`, short-id.ts), which no other clone can pick and no merge
// changes; threads of older files have a number (`3`) instead, and keep it.
import { CommandError, DocumentError, UsageError } from '../util/errors.ts';
import { shortId } from './short-id.ts';
import type { EntryKind } from './types.ts';

export const THREAD_STATUSES = ['open', 'closed'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

export interface ThreadUpdate {
  at: string;
  by?: string;
  text: string;
}

export interface Thread {
  /** New threads: a short id (short-id.ts). */
  id?: string;
  /** Threads of older files: a number, unique within the file. */
  number?: number;
  question: string;
  owner?: string;
  status: ThreadStatus;
  opened?: string;
  updates?: ThreadUpdate[];
  answer?: string;
  closed?: string;
}

/** How a thread is named in commands and on the timeline: its id, or the number of an older file's thread. */
export const threadRef = (t: Pick<Thread, 'id' | 'number'>): string => (typeof t.id === 'string' ? t.id : String(t.number));

/** The `threads` list of a frontmatter; a value of the wrong shape is refused (never overwritten). */
export function threadsOf(data: Record<string, unknown>, file?: string): Thread[] {
  const threads = data.threads;
  if (threads === undefined || threads === null) return [];
  const ok = Array.isArray(threads) && threads.every((t) =>
    typeof t === 'object' && t !== null && !Array.isArray(t) &&
    (typeof (t as Thread).id === 'string' ? (t as Thread).id !== '' : Number.isInteger((t as Thread).number)));
  if (!ok) throw new DocumentError('Unexpected `threads` value, expected a list of threads, each with an `id` (or the whole `number` of older files)', file);
  return threads as Thread[];
}

/** `k7m2q`, `#k7m2q` (any case), or an older file's `3` / `#3`: the reference as threadRef writes it. */
export function parseThreadRef(text: string): string {
  const t = text.trim().replace(/^#/, '');
  if (/^[1-9]\d{0,8}$/.test(t)) return t;
  // Any id a person wrote in the file too, not only the ones Casefile makes (SHORT_ID).
  if (/^[a-z][\w-]{0,63}$/i.test(t)) return t.toLowerCase();
  throw new UsageError(`Unexpected thread "${text}", expected its id like k7m2q (incident thread <id> list shows them)`);
}

/** The index of the thread `ref` names; an unknown one is a clear error naming the ones there are. */
export function threadIndex(threads: readonly Thread[], ref: string, file: string): number {
  const index = threads.findIndex((t) => threadRef(t).toLowerCase() === ref);
  if (index !== -1) return index;
  const known = threads.map(threadRef).join(', ');
  throw new CommandError(`Unknown thread ${ref} in ${file}, expected ${known ? `one of ${known}` : 'a thread: there are none yet (incident thread <id> open "<question>")'}`);
}

/**
 * A new thread's id, from what it asks, who opened it for whom and when (`seed` names the incident
 * and the clone's user): two clones opening different threads cannot get the same one.
 */
export function newThreadId(threads: readonly Thread[], question: string, owner: string | undefined, at: string, seed: string): string {
  const taken = new Set(threads.map((t) => threadRef(t).toLowerCase()));
  return shortId(`thread\u0000${seed}\u0000${at}\u0000${question}\u0000${owner ?? ''}`, (id) => taken.has(id));
}

export interface ThreadChange {
  /** The thread as it will be stored. */
  thread: Thread;
  /** The timeline entry that records the change. */
  kind: EntryKind;
  text: string;
}

const checkText = (text: string, what: string) => {
  const t = text.trim();
  if (!t) throw new UsageError(`Unexpected empty ${what}`);
  return t;
};

/** A new thread: the question becomes a `question` entry on the timeline. `seed`: see newThreadId. */
export function openThread(threads: readonly Thread[], question: string, owner: string | undefined, at: string, seed = ''): ThreadChange {
  const q = checkText(question, 'question, expected what is being asked, e.g. "Is the latency in the metadata tier?"');
  const who = owner?.trim() || undefined;
  const thread: Thread = { id: newThreadId(threads, q, who, at, seed), question: q, ...(who ? { owner: who } : {}), status: 'open', opened: at };
  return { thread, kind: 'question', text: `Thread ${thread.id} (${who ?? 'no owner'}): ${q}` };
}

/** A finding or progress note on an open thread: a `finding` entry. */
export function updateThread(thread: Thread, text: string, at: string, by: string, file: string): ThreadChange {
  mustBeOpen(thread, file);
  const t = checkText(text, 'update, expected what was found or done');
  const updates = [...(thread.updates ?? []), { at, by, text: t }];
  return { thread: { ...thread, updates }, kind: 'finding', text: `Thread ${threadRef(thread)}: ${t}` };
}

/** The answer closes the thread: a `finding` entry. */
export function closeThread(thread: Thread, answer: string, at: string, file: string): ThreadChange {
  mustBeOpen(thread, file);
  const a = checkText(answer, 'answer, expected what was found');
  return { thread: { ...thread, status: 'closed', answer: a, closed: at }, kind: 'finding', text: `Thread ${threadRef(thread)} answered: ${a}` };
}

/** Hands a thread to someone, or (no owner) parks it: interesting, but nobody is looking. A `note` entry. */
export function assignThread(thread: Thread, owner: string | undefined, file: string): ThreadChange {
  mustBeOpen(thread, file);
  const to = owner?.trim() || undefined;
  // `owner: ~` (or left empty) is no owner.
  if (to === (thread.owner ?? undefined)) throw new UsageError(`Thread ${threadRef(thread)} is already ${to ? `owned by ${to}` : 'without an owner'}`);
  const { id, number, question, owner: _old, ...rest } = thread;
  // Keep the field order of a stored thread: owner right after question.
  const next: Thread = { ...(id !== undefined ? { id } : { number }), question, ...(to ? { owner: to } : {}), ...rest };
  const text = to
    ? `Thread ${threadRef(thread)}: ${to} takes it${thread.owner ? ` over from ${thread.owner}` : ''}`
    : `Thread ${threadRef(thread)}: nobody is on it now (was ${thread.owner})`;
  return { thread: next, kind: 'note', text };
}

function mustBeOpen(thread: Thread, file: string): void {
  if (thread.status === 'closed') {
    throw new CommandError(`Thread ${threadRef(thread)} in ${file} is closed${thread.answer ? ` (answer: ${thread.answer})` : ''}; open a new thread for a new question`);
  }
}

/** `Thread k7m2q ...` (or an older file's `Thread 3 ...`) at the start of a timeline text: an entry about a thread. */
export const THREAD_TEXT = /^Thread ([1-9]\d*|[a-hjkmnp-tv-z][0-9a-hjkmnp-tv-z]{4})(?=[ :(])/;
