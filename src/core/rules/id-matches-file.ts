// `incident show <id>` and every other command find an incident by its file name: the id inside
// the file has to be the same, or the record and its file tell two different stories.
import type { Rule } from './types.ts';

export const rule: Rule = {
  id: 'id-matches-file',
  doc: 'The id in the frontmatter is the file name without .md, since commands find incidents by file name.',
  kind: 'format',
  check(ctx) {
    if (typeof ctx.data.id !== 'string') return; // a missing or non-string id is frontmatter-schema's
    const name = (ctx.file.split(/[\\/]/).pop() ?? '').replace(/\.md$/i, '');
    if (ctx.data.id !== name) {
      ctx.report({ message: `Unexpected id "${ctx.data.id}", expected "${name}" (the file name)`, path: ['id'] });
    }
  },
  examples: [
    {
      text: `---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: investigating
timezone: Europe/Berlin
---
`,
      file: 'incidents/2026-03-01-checkout-fails-for-eu-customers.md',
      messages: [],
    },
    {
      text: `---
id: 2026-03-01-checkout-fails
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: investigating
timezone: Europe/Berlin
---
`,
      file: 'incidents/2026-03-01-checkout-fails-for-eu-customers.md',
      messages: ['2:5 error Unexpected id "2026-03-01-checkout-fails", expected "2026-03-01-checkout-fails-for-eu-customers" (the file name)'],
    },
    {
      text: `---
# Copied from last week's incident; the id was not updated.
id: "2026-02-22-payments-timeouts"
title: Payments time out
kind: incident
severity: SEV-3
status: closed
timezone: UTC
---
`,
      file: 'incidents/2026-03-01-payments-time-out.md',
      messages: ['3:5 error Unexpected id "2026-02-22-payments-timeouts", expected "2026-03-01-payments-time-out" (the file name)'],
    },
  ],
};
