// What makes a timeline impossible: milestones out of order, a milestone twice, an entry in the
// future. One function for `incident validate` (rules/timeline-order.ts) and for every write
// (io/incident-store.ts refuses a write that adds a problem), so both say exactly the same.
// Milestones drive every metric: out of order or twice, they give negative or ambiguous figures.
import { parseInstant } from './timeline.ts';

/** A clock that runs a little ahead is not a mistake: entries up to this far in the future pass. */
export const CLOCK_SKEW_MS = 60_000;

/** At most once, ever. */
export const ONCE: ReadonlySet<string> = new Set(['started', 'detected', 'acknowledged', 'declared']);
/** Once per resolution: again only after a `reopened` entry (metrics use the last resolution). */
export const PER_CYCLE: ReadonlySet<string> = new Set(['mitigated', 'recovered', 'resolved']);

/** The kinds whose order and number timelineProblems checks. */
const ORDERED: ReadonlySet<string> = new Set([...ONCE, ...PER_CYCLE, 'reopened']);

/**
 * Each present milestone of a chain comes at or after the one present before it. Only these
 * orders hold in every incident: mitigation may come before anyone acknowledges (an automatic
 * rollback), so it is ordered after `started` alone.
 */
export const CHAINS: { kinds: readonly string[]; expected: string }[] = [
  { kinds: ['started', 'detected', 'acknowledged'], expected: 'milestones in order: started, detected, acknowledged' },
  { kinds: ['detected', 'declared'], expected: 'declared at or after detected' },
  { kinds: ['started', 'mitigated', 'recovered', 'resolved'], expected: 'milestones in order: started, mitigated, recovered, resolved' },
];

export type ProblemType = 'order' | 'twice' | 'future';

export interface TimelineProblem {
  type: ProblemType;
  /** The entry the problem is reported at (of a pair, the one later in the file): an index into the timeline given. */
  index: number;
  /** The entry it conflicts with, if any. */
  other?: number;
  /** "Unexpected X, expected Y". */
  message: string;
  /** The problem by the kinds and times of its entries, not their places: the same before and after a write. */
  key: string;
}

interface Seen {
  index: number;
  kind: string;
  at: string;
  ms: number | undefined;
}

/** The problems of a timeline; with `now`, entries more than a minute in the future are one too. */
export function timelineProblems(timeline: readonly unknown[], now?: number): TimelineProblem[] {
  // Only milestones and `reopened` entries can be out of order or twice: the others are looked at
  // here for the future alone, without an entry of their own (a long outage's hundreds of notes,
  // checked on every write in code run cold).
  const entries: Seen[] = [];
  const future: TimelineProblem[] = [];
  for (let index = 0; index < timeline.length; index++) {
    const raw = timeline[index];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) continue;
    const { kind, at } = raw as Record<string, unknown>;
    if (typeof kind !== 'string') continue;
    const ms = typeof at === 'string' ? parseInstant(at) : undefined;
    const ordered = ORDERED.has(kind);
    if (!ordered && (now === undefined || ms === undefined || ms <= now + CLOCK_SKEW_MS)) continue;
    const e: Seen = { index, kind, at: typeof at === 'string' ? at : String(at), ms };
    if (ordered) entries.push(e);
    if (now !== undefined && ms !== undefined && ms > now + CLOCK_SKEW_MS) {
      future.push({
        type: 'future', index, key: key('future', e),
        message: `Unexpected ${kind} at ${e.at} in the future, expected a time already past (a minute of clock skew is allowed)`,
      });
    }
  }
  // Time order, written order for equal times; times that do not parse (timeline-times reports them) last.
  // A timeline mostly is in order already: then no copy to sort (sort copies again inside; the two
  // were 15 MB of what validating the 10,000-file corpus allocated).
  const ordered = inOrder(entries) ? entries : entries.slice().sort(byTime);

  const problems: TimelineProblem[] = [];
  const once = new Map<string, Seen>();
  const cycles: Map<string, Seen>[] = [new Map()];
  for (const e of ordered) {
    if (e.kind === 'reopened') {
      cycles.push(new Map());
      continue;
    }
    const scope = ONCE.has(e.kind) ? once : PER_CYCLE.has(e.kind) ? cycles[cycles.length - 1]! : undefined;
    if (!scope) continue;
    const first = scope.get(e.kind);
    if (!first) {
      scope.set(e.kind, e);
      continue;
    }
    const expected = ONCE.has(e.kind)
      ? `each milestone once (first at ${first.at})`
      : `${e.kind} once per resolution (first at ${first.at}; after a reopened entry it may come again)`;
    problems.push({
      type: 'twice', index: e.index, other: first.index, key: key('twice', first, e),
      message: `Unexpected second ${e.kind} at ${e.at}, expected ${expected}`,
    });
  }

  const keys = new Set<string>();
  for (const cycle of cycles) {
    for (const chain of CHAINS) {
      // Adjacent pairs of the milestones present: a single wrong time gives one message, not a cascade.
      let previous: (Seen & { ms: number }) | undefined;
      for (const kind of chain.kinds) {
        const found = once.get(kind) ?? cycle.get(kind);
        if (found?.ms === undefined) continue;
        const [a, b] = [previous, found as Seen & { ms: number }];
        previous = b;
        if (a === undefined || a.ms <= b.ms) continue;
        // The key only for a pair out of order: building it for each pair was 31 of the check's 127 ms
        // in a one-thread 10,000-file validate.
        const k = key('order', a, b);
        if (keys.has(k)) continue; // the chains without a per-resolution kind repeat per cycle
        keys.add(k);
        problems.push({
          type: 'order', index: Math.max(a.index, b.index), other: Math.min(a.index, b.index), key: k,
          message: `Unexpected ${b.kind} at ${b.at} before ${a.kind} at ${a.at}, expected ${chain.expected}`,
        });
      }
    }
  }

  for (const p of future) problems.push(p);
  return problems;
}

const byTime = (a: Seen, b: Seen) => (a.ms ?? Infinity) - (b.ms ?? Infinity) || a.index - b.index;

function inOrder(entries: readonly Seen[]): boolean {
  for (let i = 1; i < entries.length; i++) if (byTime(entries[i - 1]!, entries[i]!) > 0) return false;
  return true;
}

function key(type: ProblemType, ...entries: Seen[]): string {
  return [type, ...entries.flatMap((e) => [e.kind, e.at])].join('\t');
}

/** The problems of `after` that `before` did not have (counted, so a copy of an existing problem is new too). */
export function addedProblems(before: readonly unknown[], after: readonly unknown[], now?: number): TimelineProblem[] {
  return notIn(timelineProblems(after, now), timelineProblems(before, now));
}

/** `problems` less those in `existing` (by key, counted). */
export function notIn(problems: readonly TimelineProblem[], existing: readonly TimelineProblem[]): TimelineProblem[] {
  const had = new Map<string, number>();
  for (const p of existing) had.set(p.key, (had.get(p.key) ?? 0) + 1);
  return problems.filter((p) => {
    const n = had.get(p.key) ?? 0;
    had.set(p.key, n - 1);
    return n <= 0;
  });
}

/**
 * For a milestone about to be written: whether an instant keeps the timeline possible (used to
 * pick the day of a bare HH:MM). Undefined for kinds nothing is ordered against.
 */
export function fitsTimeline(timeline: readonly unknown[], kind: string, now: number): ((ms: number) => boolean) | undefined {
  if (!ONCE.has(kind) && !PER_CYCLE.has(kind)) return undefined;
  return (ms) => addedProblems(timeline, [...timeline, { kind, at: new Date(ms).toISOString() }], now).length === 0;
}

/** What to do about a problem a write would add (after the message, in the refusal). */
export function problemFix(problem: TimelineProblem): string {
  if (problem.type === 'future') return 'fix the time';
  if (problem.type === 'twice') return 'a milestone happens once: log it as --kind finding, or correct the first one';
  return 'fix the time, or log it as --kind finding';
}
