// Roles (GUIDE.md section 4): a declared incident has one incident commander; the most severe
// ones also need a scribe writing the timeline as it happens.
import type { Rule } from './types.ts';
import { asArray, asRecord } from './shared.ts';

/** Declared: a `declared` milestone, or a status past investigating. */
function isDeclared(data: Record<string, unknown>): boolean {
  if (typeof data.status === 'string' && data.status !== 'investigating') return true;
  return asArray(data.timeline).some((entry) => asRecord(entry)?.kind === 'declared');
}

export const rule: Rule = {
  id: 'roles',
  doc: 'A declared incident has an incident commander, and the two most severe levels also a scribe.',
  kind: 'postmortem',
  live: true,
  check(ctx) {
    if (!isDeclared(ctx.data)) return;
    const roles = asRecord(ctx.data.roles);
    // A `roles` of the wrong type, or a role of the wrong type, is frontmatter-schema's to report.
    if (ctx.data.roles !== undefined && ctx.data.roles !== null && !roles) return;
    if (roles?.incident_commander === undefined || roles.incident_commander === null) {
      ctx.report({
        message: 'Missing incident commander, expected roles.incident_commander once the incident is declared',
        path: ['roles'], part: 'key',
      });
    }
    const severity = ctx.data.severity;
    if (typeof severity === 'string' && ctx.config.severities.slice(0, 2).includes(severity) &&
      (roles?.scribe === undefined || roles.scribe === null)) {
      ctx.report({ message: `Missing scribe, expected roles.scribe for a ${severity} incident`, path: ['roles'], part: 'key' });
    }
  },
  examples: [
    {
      text: `---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: identified
timezone: Europe/Berlin
roles:
  incident_commander: alice
  scribe: bob
---
`,
      messages: [],
    },
    {
      text: `---
id: 2026-03-01-search-is-slow
title: Search is slow
kind: incident
severity: SEV-3
status: investigating
timezone: Europe/Berlin
timeline:
  - at: 2026-03-01T09:15:00+01:00
    kind: started
    text: Search latency rises.
---
`,
      messages: [],
    },
    {
      text: `---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-1
status: investigating
timezone: Europe/Berlin
roles:
  deputy: carol
timeline:
  - at: 2026-03-01T14:05:00+01:00
    kind: declared
    text: SEV-1 declared.
---
`,
      messages: [
        '8:1 warning Missing incident commander, expected roles.incident_commander once the incident is declared',
        '8:1 warning Missing scribe, expected roles.scribe for a SEV-1 incident',
      ],
    },
    {
      text: `---
id: 2026-03-01-search-is-slow
title: Search is slow
kind: drill
severity: SEV-3
status: closed
timezone: Europe/Berlin
---
`,
      messages: ['2:1 error Missing incident commander, expected roles.incident_commander once the incident is declared'],
    },
  ],
};
