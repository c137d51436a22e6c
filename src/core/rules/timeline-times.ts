// Timeline times must be instants that exist: the schema's pattern accepts 2026-02-30T10:00:00Z,
// which no clock ever showed, and every metric and ordering check needs a real instant.
import { daysInMonth } from '../time/calendar.ts';
import { DATE_TIME_PATTERN } from '../model/schema.ts';
import { parseInstant } from '../timeline/timeline.ts';
import type { Rule } from './types.ts';
import { asArray, asRecord } from './shared.ts';

const SCHEMA_AT = new RegExp(DATE_TIME_PATTERN);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a time the schema accepts is not an instant. */
function whyNot(at: string): string {
  const [year, month, day] = at.slice(0, 10).split('-').map(Number) as [number, number, number];
  const days = daysInMonth(year, month);
  if (day > days) return `Unexpected date ${at.slice(0, 10)} in time "${at}", expected a day that exists (${MONTHS[month - 1]} ${year} has ${days} days)`;
  return `Unexpected time "${at}", expected an ISO 8601 date-time with at most 9 digits of fractional seconds`;
}

/** `text.trim() === ''`, without trimming (a copy of every entry's text) when it starts with a printable ASCII character. */
export function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return text.trim() === '';
}

export const rule: Rule = {
  id: 'timeline-times',
  doc: 'Timeline times are real instants: the schema pattern lets through days that do not exist, like February 30.',
  kind: 'format',
  check(ctx) {
    asArray(ctx.data.timeline).forEach((entry, i) => {
      const e = asRecord(entry);
      if (!e) return;
      // Anything off the pattern (24:00, month 13, no offset) is frontmatter-schema's to report. The
      // pattern is tried only for a time that is no instant: most are, and testing each took ~11 ms of
      // a one-thread 10,000-file validate.
      if (typeof e.at === 'string' && parseInstant(e.at) === undefined && SCHEMA_AT.test(e.at)) {
        ctx.report({ message: whyNot(e.at), path: ['timeline', i, 'at'] });
      }
      if (typeof e.text === 'string' && e.text !== '' && isBlank(e.text)) {
        ctx.report({ message: 'Unexpected blank text, expected what happened, in a sentence or two', path: ['timeline', i, 'text'] });
      }
    });
  },
  examples: [
    {
      text: `---
id: 2026-02-28-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: investigating
timezone: Europe/Berlin
timeline:
  - at: 2026-02-28T23:50:00+01:00
    kind: started
    text: Checkout errors start.
  - at: 2024-02-29T00:10:00+01:00
    kind: note
    text: Same errors as the leap-day incident two years ago.
---
`,
      messages: [],
    },
    {
      text: `---
id: 2026-02-28-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: closed
timezone: Europe/Berlin
timeline:
  - at: 2026-02-28T23:50:00+01:00
    kind: started
    text: Checkout errors start.
  - at: 2026-02-29T00:10:00+01:00
    kind: detected
    text: Alert fires.
  - at: 2026-04-31T09:00:00Z
    kind: resolved
    text: Fixed.
  - at: 2100-02-29T09:00:00Z
    kind: note
    text: A century is a leap year only every fourth time.
---
`,
      messages: [
        '12:9 error Unexpected date 2026-02-29 in time "2026-02-29T00:10:00+01:00", expected a day that exists (February 2026 has 28 days)',
        '15:9 error Unexpected date 2026-04-31 in time "2026-04-31T09:00:00Z", expected a day that exists (April 2026 has 30 days)',
        '18:9 error Unexpected date 2100-02-29 in time "2100-02-29T09:00:00Z", expected a day that exists (February 2100 has 28 days)',
      ],
    },
    {
      text: `---
id: 2026-02-28-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: investigating
timezone: Europe/Berlin
timeline:
  - at: 2026-02-28T23:50:00.1234567890+01:00
    kind: started
    text: Checkout errors start.
  - at: 2026-02-28T23:55:00+01:00
    kind: note
    text: "  "
---
`,
      messages: [
        '9:9 error Unexpected time "2026-02-28T23:50:00.1234567890+01:00", expected an ISO 8601 date-time with at most 9 digits of fractional seconds',
        '14:11 error Unexpected blank text, expected what happened, in a sentence or two',
      ],
    },
  ],
};
