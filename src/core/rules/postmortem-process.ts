// The post-mortem process (seed 003): one owner, and a report that is reviewed by its due date.
import { DATE_PATTERN } from '../model/schema.ts';
import { isValidTimeZone, localDate } from '../timeline/timeline.ts';
import type { Rule } from './types.ts';
import { asRecord } from './shared.ts';

const DATE = new RegExp(DATE_PATTERN);
const REVIEWED: ReadonlySet<unknown> = new Set(['approved', 'published']);

/**
 * Today in the incident's zone (UTC if it has none that works): due dates are the team's dates.
 * The only finding that changes with the clock, so the validation cache keeps this date per file.
 */
export function today(now: number, timezone: unknown): string {
  // Every file of a run has the same clock and zones repeat: each zone's date is worked out once.
  if (now !== todaysNow || todays.size > 1000) {
    todays.clear();
    todaysNow = now;
  }
  const zone = typeof timezone === 'string' ? timezone : undefined;
  let date = todays.get(zone);
  if (date === undefined) {
    date = zone !== undefined && isValidTimeZone(zone) ? localDate(now, zone) : new Date(now).toISOString().slice(0, 10);
    todays.set(zone, date);
  }
  return date;
}

let todaysNow: number | undefined;
const todays = new Map<string | undefined, string>();

export const rule: Rule = {
  id: 'postmortem-process',
  doc: 'A closed incident names its post-mortem owner; a post-mortem past its due date should be approved or published.',
  kind: 'postmortem',
  check(ctx) {
    const pm = asRecord(ctx.data.postmortem);
    if (ctx.data.postmortem !== undefined && ctx.data.postmortem !== null && !pm) return; // frontmatter-schema's
    if (ctx.data.status === 'closed' && (pm?.owner === undefined || pm.owner === null)) {
      ctx.report({
        message: 'Missing post-mortem owner, expected postmortem.owner once the incident is closed',
        path: ['postmortem'], part: 'key',
      });
    }
    const due = pm?.due;
    if (typeof due === 'string' && DATE.test(due) && !REVIEWED.has(pm?.status) && due < today(ctx.now, ctx.data.timezone)) {
      const still = typeof pm?.status === 'string' ? `still ${pm.status}` : 'not yet approved';
      ctx.report({
        message: `Unexpected post-mortem ${still} after its due date ${due}, expected it approved or published`,
        path: ['postmortem', 'due'],
        severity: 'warning',
      });
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
postmortem:
  owner: alice
  due: 2026-03-06
  status: published
---
`,
      messages: [],
    },
    {
      text: `---
id: 2026-03-05-search-is-slow
title: Search is slow
kind: incident
severity: SEV-3
status: resolved
timezone: Europe/Berlin
postmortem: { owner: alice, due: 2026-03-10, status: draft }
---
`,
      messages: [],
    },
    {
      text: `---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: resolved
timezone: Europe/Berlin
postmortem: { owner: alice, due: 2026-03-06, status: in-review }
---
`,
      messages: ['8:34 warning Unexpected post-mortem still in-review after its due date 2026-03-06, expected it approved or published'],
    },
    {
      text: `---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: closed
timezone: Europe/Berlin
postmortem:
  due: 2026-03-09
---
`,
      messages: [
        '8:1 error Missing post-mortem owner, expected postmortem.owner once the incident is closed',
        '9:8 warning Unexpected post-mortem not yet approved after its due date 2026-03-09, expected it approved or published',
      ],
    },
  ],
};
