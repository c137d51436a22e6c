// A public incident gets a post-mortem for customers (seed 003): a short summary, What happened,
// and What we are doing about this, written without internal names.
import type { Body, Section } from '../markdown/sections.ts';
import type { Rule, RuleContext } from './types.ts';
import { findSections, purposeOf } from '../markdown/named-sections.ts';
import { at, bodyStart, headingHint, isWritten, templateSection } from './shared.ts';

const PUBLIC = 'Public summary';
const PARTS = ['What happened', 'What we are doing about this'];

/** The template's subsections of its own Public summary. */
const templatePublic = (body: Body): readonly Section[] => findSections(body.sections, PUBLIC)[0]?.children ?? [];

const FRONTMATTER = `---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: closed
timezone: Europe/Berlin
public: true
---
`;

export const rule: Rule = {
  id: 'public-summary',
  doc: 'A public incident (public: true) has a Public summary with a short summary, What happened, and What we are doing about this.',
  kind: 'postmortem',
  check(ctx) {
    if (ctx.data.public !== true) return;
    const section = findSections(ctx.body.sections, PUBLIC)[0];
    if (!section) {
      ctx.report({ message: `Missing section "${PUBLIC}", expected a heading such as ${headingHint(PUBLIC)} since the incident is public`, ...bodyStart(ctx.text) });
      return;
    }
    const template = ctx.template && findSections(ctx.template.body.sections, PUBLIC)[0];
    const summaries = findSections(section.children, 'Summary');
    const summaryTemplate = templateSection(ctx, 'Summary', templatePublic);
    if (!isWritten(ctx, section, template) && !summaries.some((s) => isWritten(ctx, s, summaryTemplate))) {
      ctx.report({ message: `Missing public summary text, expected ${purposeOf(PUBLIC)} under its heading (or in a "### Summary")`, ...at(section) });
    }
    for (const name of PARTS) check(ctx, section, name);
  },
  examples: [
    {
      text: `${FRONTMATTER}
## Summary

A configuration change made EU payments fail; rolled back after 45 minutes.

## Public summary

### Summary

On March 1 from 12:50 to 13:35 UTC, some customers in Europe could not complete checkout. The
issue is resolved.

### What happened

A configuration change made payment requests from Europe fail. We undid the change.

### What we're doing about it

Payment configuration changes now roll out to a small share of traffic first.
`,
      messages: [],
    },
    {
      text: FRONTMATTER.replace('public: true', 'public: false'),
      messages: [],
    },
    {
      text: `${FRONTMATTER}
## Summary

A configuration change made EU payments fail; rolled back after 45 minutes.
`,
      messages: ['10:1 error Missing section "Public summary", expected a heading such as "## Public summary" (or Public post-mortem, Customer summary) since the incident is public'],
    },
    {
      text: `${FRONTMATTER.replace('status: closed', 'status: resolved')}
## Public post-mortem

<!-- Written for customers: no internal names, hostnames or people. Reviewed before publishing.
     Put a short summary here (what customers saw, when, now resolved), then fill in the two sections below. -->

### What happened

### Next steps

Payment configuration changes now roll out to a small share of traffic first.
`,
      messages: [
        '11:1 warning Missing public summary text, expected a short summary for customers under its heading (or in a "### Summary")',
        '16:1 warning Unexpected empty section "What happened", expected what customers experienced and why, in plain language',
      ],
    },
    {
      text: `${FRONTMATTER}
## Public summary

On March 1 from 12:50 to 13:35 UTC, some customers in Europe could not complete checkout.

### What happened

A configuration change made payment requests from Europe fail. We undid the change.
`,
      messages: [
        '11:1 error Missing section "What we are doing about this" in the public summary, expected a heading such as "### What we are doing about this" (or What we\'re doing about it, What are we doing about this)',
      ],
    },
  ],
};

function check(ctx: RuleContext, section: Section, name: string): void {
  const found = findSections(section.children, name);
  if (found.length === 0) {
    ctx.report({ message: `Missing section "${name}" in the public summary, expected a heading such as ${headingHint(name, section.heading.depth + 1)}`, ...at(section) });
    return;
  }
  const template = templateSection(ctx, name, templatePublic);
  if (!found.some((s) => isWritten(ctx, s, template))) {
    ctx.report({ message: `Unexpected empty section "${name}", expected ${purposeOf(name)}`, ...at(found[0]!) });
  }
}
