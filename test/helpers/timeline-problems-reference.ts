// timelineProblems as it was before it left the entries no milestone is ordered against out of its
// sort (src/core/timeline/timeline-integrity.ts): the reference test/timeline-integrity.test.ts
// holds the new one equal to, problem for problem. Only the old way of going through the entries
// is copied here; the rules (which kinds, which orders) are the source's own.
import { parseInstant } from '../../src/core/timeline/timeline.ts';
import { CHAINS, CLOCK_SKEW_MS, ONCE, PER_CYCLE, type ProblemType, type TimelineProblem } from '../../src/core/timeline/timeline-integrity.ts';

interface Seen {
  index: number;
  kind: string;
  at: string;
  ms: number | undefined;
}

/** The problems of a timeline; with `now`, entries more than a minute in the future are one too. */
export function referenceTimelineProblems(timeline: readonly unknown[], now?: number): TimelineProblem[] {
  const entries: Seen[] = [];
  for (let index = 0; index < timeline.length; index++) {
    const raw = timeline[index];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) continue;
    const { kind, at } = raw as Record<string, unknown>;
    if (typeof kind !== 'string') continue;
    const text = typeof at === 'string' ? at : String(at);
    entries.push({ index, kind, at: text, ms: typeof at === 'string' ? parseInstant(at) : undefined });
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

  if (now !== undefined) {
    for (const e of entries) {
      if (e.ms === undefined || e.ms <= now + CLOCK_SKEW_MS) continue;
      problems.push({
        type: 'future', index: e.index, key: key('future', e),
        message: `Unexpected ${e.kind} at ${e.at} in the future, expected a time already past (a minute of clock skew is allowed)`,
      });
    }
  }
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

