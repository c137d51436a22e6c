// The post-mortem sections every major template has (GUIDE.md section 4), under any of their
// usual names. A section still holding only the template's guidance is not written yet.
import { normalizeTitle, type Section } from '../markdown/sections.ts';
import type { Rule, RuleContext } from './types.ts';
import { findSections, isPublicSummary, purposeOf, sectionNames } from '../markdown/named-sections.ts';
import { at, bodyStart, headingHint, isWritten, templateSection } from './shared.ts';

/** Recommended rather than required: a warning when missing. */
const RECOMMENDED = 'Lessons learned';

/** Written: its own text, or a written subsection (a Root cause section split into ### parts). */
function written(ctx: RuleContext, section: Section, template: Section | undefined): boolean {
  return isWritten(ctx, section, template) || section.children.some((child) => written(ctx, child, undefined));
}

function checkSection(ctx: RuleContext, name: string, severity?: 'warning'): void {
  const found = findSections(ctx.body.sections, name, isPublicSummary);
  const template = templateSection(ctx, name);
  if (found.some((section) => written(ctx, section, template))) return;
  const [first] = found;
  ctx.report(first
    ? { message: `Unexpected empty section "${name}", expected ${purposeOf(name)}`, ...at(first), severity }
    : { message: `Missing section "${name}", expected a heading such as ${headingHint(name)}`, ...bodyStart(ctx.text), severity });
}

const FRONTMATTER = `---
id: 2017-01-06-db2kafka-outage
title: db2kafka outage
kind: incident
severity: SEV-2
status: closed
timezone: UTC
---
`;

export const rule: Rule = {
  id: 'required-sections',
  doc: 'The post-mortem has the configured sections (Summary, Impact, Root cause and contributing factors, ...) written, under their names or synonyms; Lessons learned is recommended.',
  kind: 'postmortem',
  check(ctx) {
    const required = ctx.config.required_sections;
    for (const name of required) checkSection(ctx, name);
    const recommended = sectionNames(RECOMMENDED);
    if (!required.some((name) => recommended.has(normalizeTitle(name)))) checkSection(ctx, RECOMMENDED, 'warning');
  },
  examples: [
    {
      text: `${FRONTMATTER}
## Summary

db2kafka was OOM-killed in a loop until the Mesos hosts froze; log entries could not be created
for 75 minutes.

## Impact

1% of customers got errors on the incident details page; 8 support requests.

## Root cause

### Trigger

More traffic pushed db2kafka over its 512 MB memory limit.

### Contributing factors

Restarts had no backoff.

## How we resolved the incident

Raised the memory limit to 2 GB and rebooted the replicas.

## What went well

The Mesos expert joined although not on call.

## What didn't go so well

No SLA for db2kafka, so the on-call waited to declare.

## Lessons learned

Restarting a failing service at once can take down its host.
`,
      messages: [],
    },
    {
      text: `${FRONTMATTER}
## TL;DR

db2kafka was OOM-killed in a loop until the Mesos hosts froze.

## Impact

<!-- Who was affected and how, for how long; numbers where you have them (also in \`impact.figures\`). -->

## Resolution

Raised the memory limit to 2 GB and rebooted the replicas.

## What went well

## What went wrong

No SLA for db2kafka.

## Public summary

### Root cause

A backend service ran out of memory.
`,
      messages: [
        '9:1 error Missing section "Root cause and contributing factors", expected a heading such as "## Root cause and contributing factors" (or Root cause, Contributing factors)',
        '9:1 warning Missing section "Lessons learned", expected a heading such as "## Lessons learned" (or Lessons, Learnings)',
        '14:1 error Unexpected empty section "Impact", expected what happened to whom',
        '22:1 error Unexpected empty section "What went well", expected what helped the response',
      ],
    },
    // Written only in subsections (none of them named like a section), at any depth; and a name
    // used twice counts as written when either one is (the first or the last).
    {
      text: `${FRONTMATTER}
## Summary

db2kafka was OOM-killed in a loop until the Mesos hosts froze.

## What went wrong

<!-- Filled in below, after the timeline. -->

## Impact

1% of customers got errors on the incident details page.

## Root cause and contributing factors

### Trigger

More traffic pushed db2kafka over its 512 MB memory limit.

## Resolution

### Steps

#### On the Mesos hosts

Raised the memory limit to 2 GB and rebooted the replicas.

## What went well

The Mesos expert joined although not on call.

## What went wrong

No SLA for db2kafka.

## Impact

<!-- A second Impact heading, left from the template. -->

## Lessons learned

Restarting a failing service at once can take down its host.
`,
      messages: [],
    },
    // Every section of that name empty: reported once, at the first.
    {
      text: `${FRONTMATTER}
## Summary

db2kafka was OOM-killed in a loop until the Mesos hosts froze.

## Impact

## Root cause

More traffic pushed db2kafka over its 512 MB memory limit.

## Resolution

Raised the memory limit to 2 GB.

## What went well

The Mesos expert joined although not on call.

## What went wrong

No SLA for db2kafka.

## Lessons learned

Restarting a failing service at once can take down its host.

## Impact

<!-- Who was affected and how. -->
`,
      messages: ['14:1 error Unexpected empty section "Impact", expected what happened to whom'],
    },
    {
      text: FRONTMATTER.replace('status: closed', 'status: resolved'),
      messages: [
        '9:1 warning Missing section "Summary", expected a heading such as "## Summary" (or Overview, TL;DR)',
        '9:1 warning Missing section "Impact", expected a heading such as "## Impact" (or Customer impact, Business impact)',
        '9:1 warning Missing section "Root cause and contributing factors", expected a heading such as "## Root cause and contributing factors" (or Root cause, Contributing factors)',
        '9:1 warning Missing section "Resolution", expected a heading such as "## Resolution" (or Recovery, Resolution and recovery)',
        '9:1 warning Missing section "What went well", expected a heading such as "## What went well" (or Things that went well, What worked)',
        '9:1 warning Missing section "What went wrong", expected a heading such as "## What went wrong" (or What didn\'t go so well, What didn\'t go well)',
        '9:1 warning Missing section "Lessons learned", expected a heading such as "## Lessons learned" (or Lessons, Learnings)',
      ],
    },
  ],
};
