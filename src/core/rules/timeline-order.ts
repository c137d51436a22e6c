// Milestones in order, each once (per resolution), nothing in the future: the same problems a
// write refuses (src/core/timeline/timeline-integrity.ts), so a hand-edited file gets the same protection.
// Live: a responder can fix a mistyped time while the incident runs.
import { timelineProblems } from '../timeline/timeline-integrity.ts';
import type { Rule } from './types.ts';
import { asArray } from './shared.ts';

export const rule: Rule = {
  id: 'timeline-order',
  doc: 'Milestones come in order (started, detected, acknowledged; declared after detected; started, mitigated, recovered, resolved), each at most once (mitigated, recovered and resolved once per resolution), and no entry is in the future.',
  kind: 'postmortem',
  live: true,
  check(ctx) {
    for (const p of timelineProblems(asArray(ctx.data.timeline), ctx.now)) {
      ctx.report({ message: p.message, path: ['timeline', p.index, p.type === 'twice' ? 'kind' : 'at'] });
    }
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
  - at: 2017-01-06T22:45:00Z
    kind: mitigated
    text: Memory limit raised (time typed wrong).
  - at: 2017-01-06T23:15:00Z
    kind: declared
    text: SEV-2 declared.
  - at: 2017-01-07T00:11:00Z
    kind: resolved
    text: Call closed.
---
`,
      messages: [
        '15:9 error Unexpected mitigated at 2017-01-06T22:45:00Z before started at 2017-01-06T22:50:26Z, expected milestones in order: started, mitigated, recovered, resolved',
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
        '12:9 warning Unexpected resolved at 2017-01-06T22:40:00Z before started at 2017-01-06T22:50:26Z, expected milestones in order: started, mitigated, recovered, resolved',
        '16:11 warning Unexpected second resolved at 2017-01-07T00:11:00Z, expected resolved once per resolution (first at 2017-01-06T22:40:00Z; after a reopened entry it may come again)',
      ],
    },
    {
      // Reopened: mitigated and resolved again after it; a second detected is still one too many.
      text: `---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: resolved
timezone: UTC
timeline:
  - at: 2026-03-01T10:00:00Z
    kind: started
    text: Checkout errors start.
  - at: 2026-03-01T10:05:00Z
    kind: detected
    text: Error-rate alert fires.
  - at: 2026-03-01T10:30:00Z
    kind: mitigated
    text: Deploy rolled back.
  - at: 2026-03-01T11:00:00Z
    kind: resolved
    text: Error rate back to normal.
  - at: 2026-03-01T12:00:00Z
    kind: reopened
    text: Errors are back.
  - at: 2026-03-01T12:02:00Z
    kind: detected
    text: Error-rate alert fires again.
  - at: 2026-03-01T12:30:00Z
    kind: mitigated
    text: Second rollback.
  - at: 2026-03-01T13:00:00Z
    kind: resolved
    text: Error rate back to normal.
  - at: 2026-03-10T12:05:00Z
    kind: note
    text: Written with a clock five minutes ahead.
---
`,
      messages: [
        '25:11 warning Unexpected second detected at 2026-03-01T12:02:00Z, expected each milestone once (first at 2026-03-01T10:05:00Z)',
        '33:9 warning Unexpected note at 2026-03-10T12:05:00Z in the future, expected a time already past (a minute of clock skew is allowed)',
      ],
    },
  ],
};
