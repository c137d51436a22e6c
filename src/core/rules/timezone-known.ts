// `timezone:` must name a real IANA zone: every time shown and every bare HH:MM typed later is
// read in it, and `show` and `log` refuse a file whose zone they cannot use. The schema's
// pattern only checks the shape, so `Mars/Olympus` and abbreviations like `PST` (which the tz
// database keeps as an alias, EST even as Panama's clock) got through `validate` alone.
import { incidentSchema } from '../model/schema.ts';
import { isValidTimeZone } from '../timeline/timeline.ts';
import type { Rule } from './types.ts';
import { expectedZone } from '../time/zone-abbreviations.ts';

const SHAPE = new RegExp(incidentSchema.properties.timezone.pattern);

export const rule: Rule = {
  id: 'timezone-known',
  doc: 'The time zone is an IANA name of a zone that exists (Europe/Berlin, UTC), not an abbreviation like PST or a made-up name.',
  kind: 'format',
  check(ctx) {
    const tz = ctx.data.timezone;
    // Missing, not a string, or off the pattern: frontmatter-schema's to report.
    if (typeof tz !== 'string' || !SHAPE.test(tz) || isValidTimeZone(tz)) return;
    ctx.report({ message: `Unexpected time zone "${tz}", expected ${expectedZone(tz)}`, path: ['timezone'] });
  },
  examples: [
    {
      text: `---
id: 2026-03-01-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: investigating
timezone: America/Los_Angeles
---
`,
      messages: [],
    },
    {
      text: `---
id: 2026-03-01-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: investigating
timezone: PST
---
`,
      messages: ['7:11 error Unexpected time zone "PST", expected an IANA name such as America/Los_Angeles'],
    },
    {
      text: `---
id: 2026-03-01-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: investigating
timezone: Mars/Olympus
---
`,
      messages: ['7:11 error Unexpected time zone "Mars/Olympus", expected an IANA name such as Europe/Berlin or UTC'],
    },
    {
      text: `---
id: 2026-03-01-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: investigating
timezone: IST
---
`,
      messages: ['7:11 error Unexpected time zone "IST", expected an IANA name such as Asia/Kolkata, Asia/Jerusalem or Europe/Dublin'],
    },
  ],
};
