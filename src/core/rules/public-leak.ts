// A public incident's public output, rendered as `render --audience public`, `status-update` and
// `publish` render it (same code, same templates), holds no names of people, secrets, email
// addresses, internal hosts or `redact:` terms: each leak is an error at the line it comes from,
// so a pull request fails review before anything is published.
import type { Rule } from './types.ts';
import { bodyStart } from './shared.ts';

const FRONTMATTER = `---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: resolved
timezone: Europe/Berlin
public: true
roles:
  incident_commander: Alice Example
timeline:
  - at: 2026-03-01T12:50:00+01:00
    kind: started
    by: bob
    text: Error rate up on checkout
---
`;

export const rule: Rule = {
  id: 'public-leak',
  doc: 'The public output of a public incident (render --audience public, status-update, publish) holds no names, secrets, emails, internal hosts or redact: terms.',
  kind: 'format',
  check(ctx) {
    if (!ctx.publicLeaks) return;
    for (const leak of ctx.publicLeaks) {
      if (leak.file === ctx.file && leak.line !== undefined) {
        ctx.report({ message: leak.message, line: leak.line, column: leak.column ?? 1 });
      } else {
        // In a template or the config: the incident cannot be published as it is, said at its first body line.
        const where = leak.file ? ` (${leak.file}${leak.line ? `:${leak.line}` : ''})` : '';
        ctx.report({ message: `${leak.message}${where}`, ...bodyStart(ctx.text) });
      }
    }
  },
  examples: [
    {
      text: `${FRONTMATTER}
## Public summary

On March 1 from 12:50 to 13:35 CET, some customers could not complete checkout.
`,
      messages: [],
    },
    {
      text: `${FRONTMATTER.replace('public: true', 'public: false')}
## Public summary

ALICE EXAMPLE rolled back db-7.internal.acme.
`,
      messages: [],
    },
    {
      text: `${FRONTMATTER}
## Public summary

Alice **Example** rolled back the change; Bob and bob@acme.com kept watch on
https://grafana.internal.acme/d/checkout and 10.0.0.7.
`,
      messages: [
        '20:1 error Unexpected name "Alice Example" in public output (render --audience public line 3), expected no names of people ("Alice Example" is in roles.incident_commander; a vendor or team goes in allow: in .incident.yml)',
        '20:43 error Unexpected name "bob" in public output (render --audience public line 3), expected no names of people ("bob" is in timeline[0].by; a vendor or team goes in allow: in .incident.yml)',
        '20:51 error Unexpected name "bob" in public output (render --audience public line 3), expected no names of people ("bob" is in timeline[0].by; a vendor or team goes in allow: in .incident.yml)',
        '20:51 error Unexpected email address "bob@acme.com" in public output (render --audience public line 3), expected no email addresses or internal hosts (the company\'s own public domains go in public_domains: in .incident.yml)',
        '21:1 error Unexpected internal URL "https://grafana.internal.acme" in public output (render --audience public line 4), expected no email addresses or internal hosts (the company\'s own public domains go in public_domains: in .incident.yml)',
        '21:46 error Unexpected private IP address "10.0.0.7" in public output (render --audience public line 4), expected no secrets or internal addresses',
      ],
    },
  ],
};
