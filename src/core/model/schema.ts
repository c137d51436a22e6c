// JSON Schema (draft-07) of an incident file's frontmatter, format version 1.
// Emitted as schema/incident.schema.json by `npm run schema`; editors read it through the
// `# yaml-language-server: $schema=...` line, so every property has a description (hover docs).
// The enums come from types.ts: add a kind or status there, then re-run `npm run schema`.

import {
  ACTION_STATUSES,
  ACTION_TYPES,
  DEFAULT_SEVERITIES,
  ENTRY_KINDS,
  INCIDENT_KINDS,
  MILESTONE_KINDS,
  POSTMORTEM_STATUSES,
  REVIEW_DECISIONS,
  SINGLE_ROLES,
  STATUSES,
  type SingleRole,
} from './types.ts';
import { THREAD_STATUSES } from './threads.ts';
import { EVIDENCE_STREAMS } from './evidence.ts';
import { COMPONENT_STATUSES, UPDATE_STATUSES } from './status-page.ts';

export const SCHEMA_ID = 'https://casefile.dev/schema/incident.schema.json';

const DATE = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?';
const OFFSET = '(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';

/** `YYYY-MM-DD`. */
export const DATE_PATTERN = `^${DATE}$`;
/** ISO 8601 date-time with an explicit offset: `2017-01-06T22:50:26Z`, `2026-03-01T09:15+01:00`. */
export const DATE_TIME_PATTERN = `^${DATE}T${TIME}${OFFSET}$`;
/** A date, or a date-time with an explicit offset. */
export const DATE_OR_DATE_TIME_PATTERN = `^${DATE}(?:T${TIME}${OFFSET})?$`;
/** `YYYY-MM-DD-<slug>`: the start date, then the title in lower-case kebab case. */
export const ID_PATTERN = `^${DATE}-[a-z0-9]+(?:-[a-z0-9]+)*$`;

const nonEmptyString = { type: 'string', minLength: 1 } as const;
const person = (description: string) => ({ ...nonEmptyString, description }) as const;
const people = (description: string) =>
  ({ type: 'array', description, items: person('A person.'), uniqueItems: true }) as const;

const ROLE_DOCS: Record<SingleRole, string> = {
  incident_commander:
    'Incident commander: drives the incident to resolution, gathers data, decides, delegates all diagnosis and repair.',
  deputy: 'Deputy (backup IC): keeps the IC focused, follows up on time-boxed tasks, tracks follow-ups.',
  scribe: 'Scribe: writes findings, actions and TODOs into the timeline as they happen.',
  communications_liaison: 'Communications liaison: keeps customers and stakeholders informed (status page, social media).',
  investigation_coordinator:
    'Investigation coordinator: reports every 30 minutes on symptoms, what is confirmed, open questions and who works on each.',
};

const roleProperties = Object.fromEntries(SINGLE_ROLES.map((role) => [role, person(ROLE_DOCS[role])]));

const milestoneList = MILESTONE_KINDS.join(', ');

const timelineEntry = {
  type: 'object',
  description: 'One timestamped event.',
  required: ['at', 'kind', 'text'],
  additionalProperties: false,
  properties: {
    at: {
      type: 'string',
      pattern: DATE_TIME_PATTERN,
      description: 'When it happened: ISO 8601 with an explicit offset, e.g. 2017-01-06T22:50:26Z or 2026-03-01T09:15:00+01:00.',
      examples: ['2017-01-06T22:50:26Z', '2026-03-01T09:15:00+01:00'],
    },
    kind: {
      enum: ENTRY_KINDS,
      description: `What the entry records. Milestones (${milestoneList}) drive the metrics: started = impact began, recovered = impact ended, resolved = incident over. Set them explicitly; they are never guessed from the text.`,
    },
    by: person('Who did or said it, if known.'),
    text: { ...nonEmptyString, description: 'What happened, in a sentence or two.' },
    approx: { type: 'boolean', description: 'true when the time is an estimate rather than a recorded time.' },
    source: {
      type: 'string',
      format: 'uri',
      description: 'The GitHub issue comment that wrote the entry (IssueOps), e.g. https://github.com/acme/ops/issues/12#issuecomment-123. Its id keeps a re-delivered comment from being logged twice; editing the comment amends the entry, deleting it removes the entry.',
    },
  },
} as const;

const actionItem = {
  type: 'object',
  description: 'A follow-up that came out of the incident or its post-mortem.',
  required: ['id', 'title'],
  additionalProperties: false,
  properties: {
    id: { ...nonEmptyString, description: 'Short id, made when the item was added so that no other clone can pick it, and never changed, e.g. AI-k7m2q (AI-1 in older files).', examples: ['AI-k7m2q', 'AI-1'] },
    title: { ...nonEmptyString, description: 'Verb first: what will be done, e.g. "Add exponential backoff to restarts".' },
    type: {
      enum: ACTION_TYPES,
      description: 'prevent: stop it happening again; detect: notice sooner; mitigate: reduce impact or recover faster; process: how we work; other.',
    },
    owner: person('The one person responsible for getting it done.'),
    due: { type: 'string', pattern: DATE_PATTERN, description: 'Due date, YYYY-MM-DD.' },
    status: { enum: ACTION_STATUSES, description: 'Progress. wont-do needs a reason.' },
    reason: { ...nonEmptyString, description: 'Why it was dropped (required when status is wont-do).' },
    issue: { type: 'string', format: 'uri', description: 'Link to the tracker issue.' },
  },
  if: { required: ['status'], properties: { status: { const: 'wont-do' satisfies (typeof ACTION_STATUSES)[number] } } },
  // Required here, so not nullable: `reason: ~` on a wont-do item is still an error.
  then: { required: ['reason'], properties: { reason: { ...nonEmptyString, description: 'Why it was dropped.' } } },
} as const;

const dateTime = (description: string) => ({ type: 'string', pattern: DATE_TIME_PATTERN, description }) as const;

const threadUpdate = {
  type: 'object',
  description: 'Progress or a finding on the thread.',
  required: ['at', 'text'],
  additionalProperties: false,
  properties: {
    at: dateTime('When it was reported: ISO 8601 with an explicit offset.'),
    by: person('Who reported it.'),
    text: { ...nonEmptyString, description: 'What was found or done, with the raw data or a link to it.' },
  },
} as const;

const thread = {
  type: 'object',
  description: 'One question the responders are trying to answer (seed 004): who works on it, what they found, the answer.',
  // An id (new threads) or a number (older files): incident thread <id> list names each.
  required: ['question', 'status'],
  additionalProperties: false,
  properties: {
    id: { ...nonEmptyString, description: 'Thread id, made when it was opened so that no other clone can pick it, and never changed: incident thread <incident> update <id>.', examples: ['k7m2q'] },
    number: { type: 'integer', description: 'Thread number, in files from before thread ids (unique within this incident).' },
    question: { ...nonEmptyString, description: 'The question, e.g. "Is the latency in the metadata tier?".' },
    owner: person('Who is investigating it. No owner: interesting, but nobody is looking into it.'),
    status: { enum: THREAD_STATUSES, description: 'open while being investigated; closed once answered (the answer is required then).' },
    opened: dateTime('When the question was raised.'),
    updates: { type: 'array', description: 'Findings and progress, oldest first.', items: threadUpdate },
    answer: { ...nonEmptyString, description: 'What was found: the answer to the question.' },
    closed: dateTime('When the thread was closed.'),
  },
  if: { required: ['status'], properties: { status: { const: 'closed' satisfies (typeof THREAD_STATUSES)[number] } } },
  then: { required: ['answer'], properties: { answer: { ...nonEmptyString, description: 'What was found.' } } },
} as const;

const evidenceItem = {
  type: 'object',
  description: 'A file saved before service was restored (seed 000): where it is, its hash, who captured it and how.',
  required: ['file', 'sha256', 'size', 'at'],
  additionalProperties: false,
  properties: {
    file: {
      ...nonEmptyString,
      description: 'The saved copy, relative to the incident file: <id>/evidence/<time>-<name>. Markdown links from the body work with it.',
    },
    sha256: { type: 'string', minLength: 64, description: 'SHA-256 of the file (64 hex digits); incident evidence <id> verify re-checks it.' },
    size: { type: 'integer', description: 'Size in bytes.' },
    at: dateTime('When it was captured.'),
    by: person('Who captured it.'),
    source: { ...nonEmptyString, description: 'The file it was copied from, relative to the repository root (evidence add).' },
    command: { ...nonEmptyString, description: 'The command whose output this is (evidence run), as typed.' },
    shell: { type: 'boolean', description: 'true when the command ran through a shell (--shell).' },
    stream: { enum: EVIDENCE_STREAMS, description: 'Which output of the command this file holds.' },
    exit_code: { type: 'integer', description: 'The exit code of the command.' },
    timed_out: { type: 'boolean', description: 'true when the command was stopped at its time limit (output may be partial).' },
    note: { ...nonEmptyString, description: 'What it is and why it matters, in a sentence.' },
    scrubbed: {
      type: ['integer', 'boolean'],
      if: { type: 'boolean' },
      then: { const: false },
      description: 'How many secrets were replaced by [REDACTED:<kind>] before the file was saved, or false when it was saved as it was (--no-scrub). Absent: none found.',
    },
  },
} as const;

/**
 * Makes every optional property (one its object does not list in `required`) accept null: in a
 * file people write by hand, `deputy: null`, `deputy: ~` and `deputy:` left empty mean "not
 * set", exactly like leaving the key out. A required field that is empty stays an error. Returns
 * `schema`, changed in place (the literal's type is kept: nothing reads `type` through it).
 */
function nullableOptionals<T extends object>(schema: T): T {
  const node = schema as Record<string, unknown>;
  const props = node['properties'] as Record<string, Record<string, unknown>> | undefined;
  const required = new Set((node['required'] as string[] | undefined) ?? []);
  for (const [key, sub] of Object.entries(props ?? {})) {
    if (!required.has(key)) {
      const type = sub['type'];
      if (type !== undefined) sub['type'] = [...(Array.isArray(type) ? type : [type]), 'null'];
      else if (Array.isArray(sub['enum'])) sub['enum'] = [...sub['enum'], null];
    }
    nullableOptionals(sub);
  }
  for (const key of ['items', 'then']) if (typeof node[key] === 'object') nullableOptionals(node[key] as object);
  return schema;
}

export const incidentSchema = nullableOptionals({
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: SCHEMA_ID,
  title: 'Casefile incident',
  description: 'Frontmatter of an incident file (incidents/<id>.md), format version 1.',
  type: 'object',
  required: ['id', 'title', 'kind', 'severity', 'status', 'timezone'],
  // Unknown top-level keys are allowed so the format can grow; nested objects are closed.
  additionalProperties: true,
  properties: {
    id: {
      type: 'string',
      pattern: ID_PATTERN,
      description: 'YYYY-MM-DD-<slug>, from the start date and the title; also the file name.',
      examples: ['2017-01-06-db2kafka-outage-from-oom-kills'],
    },
    title: { ...nonEmptyString, description: 'Short, specific title.' },
    kind: { enum: INCIDENT_KINDS, description: 'incident, or drill for a practice incident (never counted in metrics).' },
    severity: {
      ...nonEmptyString,
      description: 'Severity level. SEV-1 (worst) to SEV-5 by default; a repository can configure its own levels.',
      examples: DEFAULT_SEVERITIES,
    },
    status: { enum: STATUSES, description: 'Where the incident stands. closed once the post-mortem is done.' },
    timezone: {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$',
      description: 'IANA time zone the team reads times in, e.g. Europe/Berlin. Timeline times still carry their own offset.',
      examples: ['UTC', 'America/Los_Angeles', 'Europe/Berlin'],
    },
    services: {
      type: 'array',
      description: 'Services affected.',
      items: { ...nonEmptyString, description: 'A service name.' },
      uniqueItems: true,
    },
    public: { type: 'boolean', description: 'true if a public summary is published for customers.' },
    roles: {
      type: 'object',
      description: 'Who held each incident role (one person each; record handoffs in the timeline).',
      additionalProperties: false,
      properties: {
        ...roleProperties,
        subject_matter_experts: people('Subject-matter experts who took part.'),
      },
    },
    impact: {
      type: 'object',
      description: 'Customer and business impact.',
      properties: {
        summary: { type: 'string', description: 'Who was affected, how, and for how long.' },
        figures: {
          type: 'array',
          description: 'Measured impact, one figure each.',
          items: {
            type: 'object',
            description: 'One measured figure.',
            required: ['label', 'value'],
            additionalProperties: false,
            properties: {
              label: { ...nonEmptyString, description: 'What was measured, e.g. "Support requests raised".' },
              value: { type: ['string', 'number'], description: 'The figure: a number or a string such as "2%".' },
            },
          },
        },
      },
    },
    timeline: {
      type: 'array',
      description: 'Events in order. Equal times keep their written order.',
      items: timelineEntry,
    },
    action_items: {
      type: 'array',
      description: 'Follow-ups, each with an owner and a due date.',
      items: actionItem,
    },
    threads: {
      type: 'array',
      description: 'Investigation threads: the open questions, who works on each, findings and answers (incident thread).',
      items: thread,
    },
    evidence: {
      type: 'array',
      description: 'Evidence files saved under <id>/evidence/ next to this file, with their hashes (incident evidence).',
      items: evidenceItem,
    },
    updates: {
      type: 'array',
      description: 'Public updates for the status page (incident status-update --post), oldest first. Leak-checked before they are written: no names, hosts or secrets.',
      items: {
        type: 'object',
        description: 'One public update.',
        required: ['at', 'status', 'text'],
        additionalProperties: false,
        properties: {
          at: dateTime('When it was posted: ISO 8601 with an explicit offset.'),
          status: { enum: UPDATE_STATUSES, description: 'The incident\'s status as the update tells customers: investigating, identified, monitoring or resolved.' },
          text: { ...nonEmptyString, description: 'What customers read (Markdown; links only http, https and mailto).' },
          by: person('Who posted it (never published).'),
        },
      },
    },
    component_status: {
      enum: COMPONENT_STATUSES,
      description: 'The state the status page shows for the affected services while the incident is open, instead of the one status_page.severity_map gives for its severity.',
    },
    no_action_items: {
      type: 'string',
      minLength: 1,
      description: 'Why this incident has no action items: a closed incident needs either action items or this reason.',
    },
    import: {
      type: 'object',
      description: 'Where an imported incident came from (incident import): the source, its id there (importing again updates this file), a link, what the source said at the last import (a field changed here since is kept) and every field of the source that has no place above, as it was.',
      required: ['source', 'source_id'],
      properties: {
        source: { ...nonEmptyString, description: 'The tool it came from: pagerduty, incident-io, statuspage, opsgenie, slack, csv.' },
        source_id: { type: ['string', 'number'], description: 'Its id in that tool.' },
        url: { type: 'string', description: 'Its page in that tool.' },
        last: { type: 'object', description: 'The mapped values as the source gave them at the last import.' },
        fields: { type: 'object', description: 'The source\'s fields that are not mapped, as they were.' },
      },
    },
    postmortem: {
      type: 'object',
      description: 'The post-mortem process: one owner, a meeting, a review status.',
      additionalProperties: false,
      properties: {
        owner: person('The one person who owns the post-mortem.'),
        due: { type: 'string', pattern: DATE_PATTERN, description: 'When the post-mortem report is due, YYYY-MM-DD.' },
        meeting: {
          type: 'string',
          pattern: DATE_OR_DATE_TIME_PATTERN,
          description: 'Post-mortem meeting: a date, or a date-time with an explicit offset.',
        },
        status: { enum: POSTMORTEM_STATUSES, description: 'Review state of the post-mortem report.' },
        approvals: {
          type: 'array',
          description: 'The review, step by step (incident review): who requested, approved, rejected or published it, and when.',
          items: {
            type: 'object',
            description: 'One review step.',
            required: ['by', 'at', 'decision'],
            additionalProperties: false,
            properties: {
              by: person('Who took the step.'),
              at: dateTime('When: ISO 8601 with an explicit offset.'),
              decision: { enum: REVIEW_DECISIONS, description: 'requested (draft -> in-review), approved, rejected (back to draft), published.' },
              note: { ...nonEmptyString, description: 'What the reviewer said; a rejection says why.' },
            },
          },
        },
      },
    },
  },
} as const);
