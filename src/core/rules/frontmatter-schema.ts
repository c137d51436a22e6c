// The frontmatter matches the incident schema (src/core/model/schema.ts): required fields, types, enums,
// time formats, closed nested objects. Unknown keys only warn: the format may grow, and a newer
// Casefile may have written them. Severities are configurable, so they are checked against the config.
import { incidentSchema } from '../model/schema.ts';
import { checkSchema, sortFindings } from '../model/schema-check.ts';
import type { FieldPath, Rule, RuleContext, RuleExample, Severity } from './types.ts';

interface Finding {
  path: FieldPath;
  part: 'key' | 'value';
  message: string;
  severity?: Severity;
}

function check(ctx: RuleContext): void {
  const findings: Finding[] = checkSchema(incidentSchema, ctx.data, { reportUnlistedKeys: true }).map((f) => ({
    path: f.path,
    part: f.part,
    message: f.message,
    ...(f.kind === 'unknown' ? { severity: 'warning' as const } : {}),
  }));
  const severity = ctx.data['severity'];
  const levels = ctx.config.severities;
  if (typeof severity === 'string' && severity !== '' && !levels.includes(severity)) {
    findings.push({
      path: ['severity'],
      part: 'value',
      message: `Unexpected severity ${JSON.stringify(severity)}, expected one of ${levels.join(', ')}`,
    });
  }
  for (const f of sortFindings(ctx.data, findings)) {
    ctx.report({ message: f.message, path: f.path, part: f.part, ...(f.severity ? { severity: f.severity } : {}) });
  }
}

const file = (frontmatter: string, body = '## Summary\n\nCheckout returned errors for 20 minutes after a deploy.\n') =>
  `---\n${frontmatter}---\n\n${body}`;

const HEAD = `id: 2026-03-01-checkout-errors
title: Checkout errors after deploy
kind: incident
severity: SEV-2
status: investigating
timezone: Europe/Berlin
`;

const STATUS_LIST = 'investigating, identified, monitoring, resolved, closed';
const TOP_KEYS = Object.keys(incidentSchema.properties).join(', ');

const examples: RuleExample[] = [
  // Valid: a small, complete file.
  {
    text: file(`${HEAD}services:
  - checkout
public: false
roles:
  incident_commander: Alice
  subject_matter_experts:
    - Bob
impact:
  summary: Some customers could not check out.
  figures:
    - label: Failed checkouts
      value: 1200
timeline:
  - at: 2026-03-01T09:15:00+01:00
    kind: started
    text: Checkout error rate rises after the 09:10 deploy.
  - at: 2026-03-01T09:35Z
    approx: true
    kind: recovered
    by: Alice
    text: Deploy rolled back.
action_items:
  - id: AI-1
    title: Add a canary stage to checkout deploys
    type: prevent
    owner: Alice
    due: 2026-03-15
    status: wont-do
    reason: Superseded by the new deploy pipeline.
    issue: https://tracker.example.com/browse/OPS-12
postmortem:
  owner: Alice
  meeting: 2026-03-04
  status: draft
`),
    messages: [],
  },
  // Optional fields that are null, `~` or left empty are not set (files written by hand).
  {
    text: file(`${HEAD}services:
public: ~
roles:
  incident_commander: Alice
  deputy: null
  scribe:
  subject_matter_experts: ~
impact:
timeline:
  - at: 2026-03-01T09:15:00+01:00
    kind: started
    by:
    approx: ~
    text: Checkout error rate rises after the 09:10 deploy.
action_items:
  - id: AI-1
    title: Add a canary stage to checkout deploys
    type:
    owner:
    due: ~
    status: open
    reason:
    issue:
postmortem:
  owner: null
  due:
  meeting:
  status:
no_action_items:
`),
    messages: [],
  },
  // A required field left empty is still an error; so is a reason a wont-do item needs.
  {
    text: file(`${HEAD.replace('title: Checkout errors after deploy', 'title:')}timeline:
  - at: ~
    kind: started
    text: Error rate rises.
action_items:
  - id: AI-1
    title: Drop the canary stage
    status: wont-do
    reason:
`),
    messages: [
      '3:7 error Unexpected empty title, expected a string',
      '9:9 error Unexpected empty timeline[0].at, expected a string',
      '16:12 error Unexpected empty action_items[0].reason, expected a string',
    ],
  },
  // A value outside its enum.
  {
    text: file(HEAD.replace('status: investigating', 'status: fixed')),
    messages: [`6:9 error Unexpected status "fixed", expected one of ${STATUS_LIST}`],
  },
  // A value of the wrong type.
  {
    text: file(HEAD.replace('title: Checkout errors after deploy', 'title: 42') + 'public: yes\n'),
    messages: [
      '3:8 error Unexpected type number for title, expected a string',
      '8:9 error Unexpected type string for public, expected true or false',
    ],
  },
  // Unknown keys warn, at the top level too.
  {
    text: file(`${HEAD}owner: Alice
roles:
  incident_commander: Alice
  scribes: Peter
`),
    messages: [
      `8:1 warning Unexpected key "owner", expected one of ${TOP_KEYS}`,
      '11:3 warning Unexpected key "scribes" in roles, expected one of incident_commander, deputy, scribe, communications_liaison, investigation_coordinator, subject_matter_experts',
    ],
  },
  // Missing required fields are reported at the top of the frontmatter.
  {
    text: file(HEAD.replace('severity: SEV-2\n', '').replace('timezone: Europe/Berlin\n', '')),
    messages: ['2:1 error Missing required field severity', '2:1 error Missing required field timezone'],
  },
  // Timeline times need a date, a time and an offset.
  {
    text: file(`${HEAD}timeline:
  - at: 2026-03-01T09:15:00+01:00
    kind: started
    text: Error rate rises.
  - at: 2026-03-01 09:20
    kind: detected
    text: Alert fires.
  - at: 2026-03-01T09:25:00+01:00
    kind: paged
    text: On-call paged.
`),
    messages: [
      '12:9 error Unexpected timeline[1].at "2026-03-01 09:20", expected ISO 8601 with an offset like 2017-01-06T22:50:26Z',
      '16:11 error Unexpected timeline[2].kind "paged", expected one of started, detected, acknowledged, declared, mitigated, recovered, resolved, note, action, decision, finding, question, comms, todo, evidence, role, status, severity, reopened',
    ],
  },
  // Severities come from the config (SEV-1 to SEV-5 by default).
  {
    text: file(HEAD.replace('severity: SEV-2', 'severity: SEV-9')),
    messages: ['5:11 error Unexpected severity "SEV-9", expected one of SEV-1, SEV-2, SEV-3, SEV-4, SEV-5'],
  },
  // Action items: closed objects with typed fields; wont-do needs a reason.
  {
    text: file(`${HEAD}action_items:
  - id: AI-1
    title: Add a canary stage
    type: fix
    due: 15 March
  - id: AI-2
    title: Rewrite checkout
    status: wont-do
    assignee: Bob
`),
    messages: [
      '11:11 error Unexpected action_items[0].type "fix", expected one of prevent, detect, mitigate, process, other',
      '12:10 error Unexpected action_items[0].due "15 March", expected a date like 2017-01-11 (YYYY-MM-DD)',
      '13:5 error Missing required field reason in action_items[1] (status is wont-do)',
      '16:5 warning Unexpected key "assignee" in action_items[1], expected one of id, title, type, owner, due, status, reason, issue',
    ],
  },
  // Dates typed by hand must exist (Gregorian: 2000 is a leap year, 2100 is not).
  {
    text: file(`${HEAD}action_items:
  - id: AI-1
    title: Add a canary stage
    due: 2100-02-29
  - id: AI-2
    title: Add a leap-day test
    due: 2000-02-29
postmortem:
  due: 2026-02-30
  meeting: 2026-04-31T10:00:00Z
`),
    messages: [
      '11:10 error Unexpected date 2100-02-29 in action_items[0].due, expected a day that exists (February 2100 has 28 days)',
      '16:8 error Unexpected date 2026-02-30 in postmortem.due, expected a day that exists (February 2026 has 28 days)',
      '17:12 error Unexpected date 2026-04-31 in postmortem.meeting, expected a day that exists (April 2026 has 30 days)',
    ],
  },
];

export const rule: Rule = {
  id: 'frontmatter-schema',
  kind: 'format',
  doc: 'The frontmatter matches the incident schema (fields, types, allowed values, time formats) and uses a configured severity; unknown keys warn.',
  check,
  examples,
};
