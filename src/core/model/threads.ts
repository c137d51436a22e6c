// Investigation threads (seed 004): the questions being worked on, who works on each, what they
// found and the answer. Pure and light (no YAML package): schema.ts imports the statuses from here.
import { CommandError, DocumentError, UsageError } from '../util/errors.ts';
import type { EntryKind } from './types.ts';

export const THREAD_STATUSES = ['open', 'closed'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

export interface ThreadUpdate {
  at: string;
  by?: string;
  text: string;
}

export interface Thread {
  number: number;
  question: string;
  owner?: string;
  status: ThreadStatus;
  opened?: string;
  updates?: ThreadUpdate[];
  answer?: string;
  closed?: string;
}

/** The `threads` list of a frontmatter; a value of the wrong shape is refused (never overwritten). */
export function threadsOf(data: Record<string, unknown>, file?: string): Thread[] {
  const threads = data.threads;
  if (threads === undefined || threads === null) return [];
  const ok = Array.isArray(threads) && threads.every((t) =>
    typeof t === 'object' && t !== null && !Array.isArray(t) && Number.isInteger((t as Thread).number));
  if (!ok) throw new DocumentError('Unexpected `threads` value, expected a list of threads, each with a whole `number`', file);
  return threads as Thread[];
}

/** `3` or `#3` -> 3. */
export function parseThreadNumber(text: string): number {
  const m = /^#?([1-9]\d{0,8})$/.exec(text.trim());
  if (!m) throw new UsageError(`Unexpected thread number "${text}", expected a number like 3 (incident thread <id> list shows them)`);
  return Number(m[1]);
}

/** The index of thread `n`; an unknown number is a clear error naming the ones there are. */
export function threadIndex(threads: readonly Thread[], n: number, file: string): number {
  const index = threads.findIndex((t) => t.number === n);
  if (index !== -1) return index;
  const known = threads.map((t) => t.number).join(', ');
  throw new CommandError(`Unknown thread ${n} in ${file}, expected ${known ? `one of ${known}` : 'a thread: there are none yet (incident thread <id> open "<question>")'}`);
}

export const nextThreadNumber = (threads: readonly Thread[]) => threads.reduce((max, t) => Math.max(max, t.number), 0) + 1;

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

/** A new thread: the question becomes a `question` entry on the timeline. */
export function openThread(threads: readonly Thread[], question: string, owner: string | undefined, at: string): ThreadChange {
  const q = checkText(question, 'question, expected what is being asked, e.g. "Is the latency in the metadata tier?"');
  const who = owner?.trim() || undefined;
  const thread: Thread = { number: nextThreadNumber(threads), question: q, ...(who ? { owner: who } : {}), status: 'open', opened: at };
  return { thread, kind: 'question', text: `Thread ${thread.number} (${who ?? 'no owner'}): ${q}` };
}

/** A finding or progress note on an open thread: a `finding` entry. */
export function updateThread(thread: Thread, text: string, at: string, by: string, file: string): ThreadChange {
  mustBeOpen(thread, file);
  const t = checkText(text, 'update, expected what was found or done');
  const updates = [...(thread.updates ?? []), { at, by, text: t }];
  return { thread: { ...thread, updates }, kind: 'finding', text: `Thread ${thread.number}: ${t}` };
}

/** The answer closes the thread: a `finding` entry. */
export function closeThread(thread: Thread, answer: string, at: string, file: string): ThreadChange {
  mustBeOpen(thread, file);
  const a = checkText(answer, 'answer, expected what was found');
  return { thread: { ...thread, status: 'closed', answer: a, closed: at }, kind: 'finding', text: `Thread ${thread.number} answered: ${a}` };
}

/** Hands a thread to someone, or (no owner) parks it: interesting, but nobody is looking. A `note` entry. */
export function assignThread(thread: Thread, owner: string | undefined, file: string): ThreadChange {
  mustBeOpen(thread, file);
  const to = owner?.trim() || undefined;
  // `owner: ~` (or left empty) is no owner.
  if (to === (thread.owner ?? undefined)) throw new UsageError(`Thread ${thread.number} is already ${to ? `owned by ${to}` : 'without an owner'}`);
  const { number, question, owner: _old, ...rest } = thread;
  // Keep the field order of a stored thread: owner right after question.
  const next: Thread = { number, question, ...(to ? { owner: to } : {}), ...rest };
  const text = to
    ? `Thread ${thread.number}: ${to} takes it${thread.owner ? ` over from ${thread.owner}` : ''}`
    : `Thread ${thread.number}: nobody is on it now (was ${thread.owner})`;
  return { thread: next, kind: 'note', text };
}

function mustBeOpen(thread: Thread, file: string): void {
  if (thread.status === 'closed') {
    throw new CommandError(`Thread ${thread.number} in ${file} is closed${thread.answer ? ` (answer: ${thread.answer})` : ''}; open a new thread for a new question`);
  }
}

/** `Thread 3 ...` at the start of a timeline text: how the merge driver finds entries about a thread it renumbers. */
export const THREAD_TEXT = /^Thread (\d+)(?=[ :(])/;
