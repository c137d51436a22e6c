// Action items (GUIDE.md section 4): each one findable by a unique id, worded as something to do,
// with one owner and a due date while it is still to be done; a closed incident either has action
// items or says why it has none.
import type { Rule } from './types.ts';
import { asArray, asRecord } from './shared.ts';
import { startsWithVerb } from './verbs.ts';

/** A verb that fits the item's type, to show how a title could start. */
const SUGGESTED_VERB: Record<string, string> = { prevent: 'Add', detect: 'Alert', mitigate: 'Automate', process: 'Write' };

/** Still to be done: done and dropped items need no owner or due date any more. */
const isPending = (status: unknown) => status !== 'done' && status !== 'wont-do';

export const rule: Rule = {
  id: 'action-items',
  doc: 'Action items have unique ids, verb-first titles, and an owner and due date until done; a closed incident has some, or no_action_items says why not.',
  kind: 'postmortem',
  check(ctx) {
    const items = asArray(ctx.data.action_items);
    // `no_action_items:` left empty (null) is not a reason.
    if (items.length === 0 && ctx.data.status === 'closed' && (ctx.data.no_action_items === undefined || ctx.data.no_action_items === null)) {
      ctx.report({ message: 'Missing action items, expected at least one, or no_action_items: <why none>', path: ['action_items'], part: 'key' });
    }
    const seen = new Map<string, number>();
    items.forEach((entry, i) => {
      const item = asRecord(entry);
      if (!item) return;
      const name = typeof item.id === 'string' ? item.id : `#${i + 1}`;
      if (typeof item.id === 'string') {
        const first = seen.get(item.id);
        if (first === undefined) seen.set(item.id, i);
        else {
          const line = ctx.lineOf(['action_items', first, 'id']);
          ctx.report({
            message: `Unexpected duplicate action item id "${item.id}", expected unique ids${line ? ` (first at line ${line})` : ''}`,
            path: ['action_items', i, 'id'],
          });
        }
      }
      if (typeof item.title === 'string' && item.title.trim() !== '' && !startsWithVerb(item.title)) {
        const verb = SUGGESTED_VERB[String(item.type)] ?? 'Write';
        ctx.report({
          message: `Unexpected action item title "${item.title}", expected it to start with a verb, like "${verb} ..."`,
          path: ['action_items', i, 'title'],
        });
      }
      if (!isPending(item.status)) return;
      if (item.owner === undefined || item.owner === null) {
        ctx.report({ message: `Missing owner for action item ${name}, expected owner: <the one person responsible>`, path: ['action_items', i] });
      }
      if (item.due === undefined || item.due === null) {
        ctx.report({ message: `Missing due date for action item ${name}, expected due: YYYY-MM-DD`, path: ['action_items', i] });
      }
    });
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
action_items:
  - id: AI-1
    title: Add a canary stage to the checkout deploy
    type: prevent
    owner: dave
    due: 2026-03-15
    status: open
  - id: AI-2
    title: Upgrade the payment client
    type: prevent
    due: 2026-03-04
    status: done
---
`,
      messages: [],
    },
    {
      text: `---
id: 2026-03-01-search-is-slow
title: Search is slow
kind: drill
severity: SEV-4
status: closed
timezone: Europe/Berlin
no_action_items: A drill of the existing runbook; it worked as written.
---
`,
      messages: [],
    },
    {
      text: `---
id: 2026-03-01-search-is-slow
title: Search is slow
kind: incident
severity: SEV-4
status: closed
timezone: Europe/Berlin
action_items: []
---
`,
      messages: ['8:1 error Missing action items, expected at least one, or no_action_items: <why none>'],
    },
    {
      text: `---
id: 2026-03-01-search-is-slow
title: Search is slow
kind: incident
severity: SEV-4
status: closed
timezone: Europe/Berlin
action_items:
no_action_items:
---
`,
      messages: ['8:1 error Missing action items, expected at least one, or no_action_items: <why none>'],
    },
    {
      text: `---
id: 2017-01-06-db2kafka-outage
title: db2kafka outage
kind: incident
severity: SEV-2
status: resolved
timezone: UTC
action_items:
  - id: AI-1
    title: Runbook for Mesos
    type: process
    owner: peter
    due: 2017-01-11
  - id: AI-1
    title: Back off db2kafka restarts exponentially
    type: prevent
    status: in-progress
---
`,
      messages: [
        '10:12 warning Unexpected action item title "Runbook for Mesos", expected it to start with a verb, like "Write ..."',
        '14:5 warning Missing owner for action item AI-1, expected owner: <the one person responsible>',
        '14:5 warning Missing due date for action item AI-1, expected due: YYYY-MM-DD',
        '14:9 warning Unexpected duplicate action item id "AI-1", expected unique ids (first at line 9)',
      ],
    },
  ],
};
