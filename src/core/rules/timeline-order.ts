// Milestones drive every metric (GUIDE.md section 4): out of order, or twice, they give negative
// or ambiguous figures. Live: a responder can fix a mistyped time while the incident runs.
import { MILESTONE_KINDS } from '../types.ts';
import { parseInstant } from '../timeline.ts';
import type { Rule } from '../validate/types.ts';
import { asArray, asRecord } from './shared.ts';

/** The order impact and response go through; `declared` only has to come after `detected`. */
const ORDER = ['started', 'detected', 'acknowledged', 'mitigated', 'recovered', 'resolved'] as const;
const MILESTONES: ReadonlySet<string> = new Set(MILESTONE_KINDS);

interface Found {
  index: number;
  at: string;
  ms: number | undefined;
}

export const rule: Rule = {
  id: 'timeline-order',
  doc: 'Milestones come in order (started, detected, acknowledged, mitigated, recovered, resolved; declared after detected), each at most once.',
  kind: 'postmortem',
  live: true,
  check(ctx) {
    const first = new Map<string, Found>();
    asArray(ctx.data.timeline).forEach((entry, index) => {
      const e = asRecord(entry);
      if (!e || typeof e.kind !== 'string' || !MILESTONES.has(e.kind)) return;
      const earlier = first.get(e.kind);
      if (earlier) {
        const line = ctx.lineOf(['timeline', earlier.index, 'kind']);
        ctx.report({
          message: `Unexpected second ${e.kind} milestone, expected each milestone once${line ? ` (first at line ${line})` : ''}`,
          path: ['timeline', index, 'kind'],
        });
        return;
      }
      const at = typeof e.at === 'string' ? e.at : '';
      first.set(e.kind, { index, at, ms: parseInstant(at) });
    });

    const timed = (kind: string) => {
      const found = first.get(kind);
      return found?.ms === undefined ? undefined : (found as Found & { ms: number });
    };
    const check = (before: string, after: string, expected: string) => {
      const a = timed(before);
      const b = timed(after);
      if (!a || !b || a.ms <= b.ms) return;
      ctx.report({
        message: `Unexpected ${after} at ${b.at} before ${before} at ${a.at}, expected ${expected}`,
        path: ['timeline', Math.max(a.index, b.index), 'at'],
      });
    };
    // Adjacent pairs of the milestones present: any disorder shows in one, without a cascade of
    // messages when a single time is wrong.
    const present = ORDER.filter((kind) => timed(kind));
    for (let i = 1; i < present.length; i++) {
      check(present[i - 1]!, present[i]!, `milestones in order: ${ORDER.join(', ')}`);
    }
    check('detected', 'declared', 'declared at or after detected');
  },
  examples: [
    {
      text: `---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: closed
timezone: Europe/Berlin
timeline:
  - at: 2026-03-01T13:50:00+01:00
    kind: started
    text: Checkout errors start.
  - at: 2026-03-01T13:05:00Z
    kind: detected
    text: Error-rate alert fires.
  - at: 2026-03-01T14:05:00+01:00
    kind: acknowledged
    text: On-call acknowledges.
  - at: 2026-03-01T14:05:00+01:00
    kind: declared
    text: SEV-2 declared.
  - at: 2026-03-01T14:30:00+01:00
    kind: mitigated
    text: Deploy rolled back.
  - at: 2026-03-01T14:35:00+01:00
    kind: resolved
    text: Error rate back to normal.
---
`,
      messages: [],
    },
    {
      text: `---
id: 2017-01-06-db2kafka-outage
title: db2kafka outage
kind: incident
severity: SEV-2
status: closed
timezone: UTC
timeline:
  - at: 2017-01-06T22:50:26Z
    kind: started
    text: First OOM kill.
  - at: 2017-01-06T23:20:00Z
    kind: detected
    text: First page.
  - at: 2017-01-06T23:10:00Z
    kind: mitigated
    text: Memory limit raised.
  - at: 2017-01-06T23:15:00Z
    kind: declared
    text: SEV-2 declared.
  - at: 2017-01-07T00:11:00Z
    kind: resolved
    text: Call closed.
---
`,
      messages: [
        '15:9 error Unexpected mitigated at 2017-01-06T23:10:00Z before detected at 2017-01-06T23:20:00Z, expected milestones in order: started, detected, acknowledged, mitigated, recovered, resolved',
        '18:9 error Unexpected declared at 2017-01-06T23:15:00Z before detected at 2017-01-06T23:20:00Z, expected declared at or after detected',
      ],
    },
    {
      text: `---
id: 2017-01-06-db2kafka-outage
title: db2kafka outage
kind: incident
severity: SEV-2
status: monitoring
timezone: UTC
timeline:
  - at: 2017-01-06T22:40:00Z
    kind: resolved
    text: Call closed (time typed wrong).
  - at: 2017-01-06T22:50:26Z
    kind: started
    text: First OOM kill.
  - at: 2017-01-07T00:11:00Z
    kind: resolved
    text: Call closed.
---
`,
      messages: [
        '12:9 warning Unexpected resolved at 2017-01-06T22:40:00Z before started at 2017-01-06T22:50:26Z, expected milestones in order: started, detected, acknowledged, mitigated, recovered, resolved',
        '16:11 warning Unexpected second resolved milestone, expected each milestone once (first at line 10)',
      ],
    },
  ],
};
