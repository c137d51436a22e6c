// Every validation rule, in the order their findings are usually read.
import type { Rule } from './types.ts';
import { rule as frontmatterSchema } from './frontmatter-schema.ts';
import { rule as idMatchesFile } from './id-matches-file.ts';
import { rule as timelineTimes } from './timeline-times.ts';
import { rule as timezoneKnown } from './timezone-known.ts';
import { rule as timelineOrder } from './timeline-order.ts';
import { rule as roles } from './roles.ts';
import { rule as actionItems } from './action-items.ts';
import { rule as postmortemProcess } from './postmortem-process.ts';
import { rule as requiredSections } from './required-sections.ts';
import { rule as publicSummary } from './public-summary.ts';
import { rule as publicLeak } from './public-leak.ts';

export const RULES: readonly Rule[] = [
  frontmatterSchema,
  idMatchesFile,
  timelineTimes,
  timezoneKnown,
  timelineOrder,
  roles,
  actionItems,
  postmortemProcess,
  requiredSections,
  publicSummary,
  publicLeak,
];
