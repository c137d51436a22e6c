// The options of the commands that run as lanes (lane.ts), declared once and read two ways: by
// the commander program (help, usage) and by the lanes, which parse them with node:util's parseArgs.
// Pure data, so the command table can show them without loading any command's code.
import type { FastOptions } from './fast-args.ts';

const at = { type: 'string', value: 'time', description: 'when: ISO 8601, HH:MM[:SS] in the incident time zone, or -5m (default: now)' } as const;
const json = { type: 'boolean', description: 'print the result as JSON' } as const;
const force = { type: 'boolean', description: 'record it even if the timeline breaks its rules (a milestone out of order or twice); says so' } as const;
const now = { type: 'boolean', description: 'record it at the current time, even on an incident being back-filled (else it asks for --at)' } as const;

export const LOG_OPTIONS: FastOptions = {
  kind: { type: 'string', short: 'k', value: 'kind', default: 'note', description: 'entry kind' },
  by: { type: 'string', value: 'name', description: 'who (default: your git user name)' },
  at,
  approx: { type: 'boolean', description: 'the time is approximate' },
  force,
  json: { type: 'boolean', description: 'print the entry as JSON' },
};

export const THREAD_OPTIONS: FastOptions = {
  owner: { type: 'string', value: 'name', description: 'who investigates it (open); leave out for "interesting, not being investigated"' },
  by: { type: 'string', value: 'name', description: 'who reports it (default: your git user name)' },
  at,
  now,
  json,
};

export const EVIDENCE_OPTIONS: FastOptions = {
  timeout: { type: 'string', value: 'seconds', description: 'run: stop the command after this long (default 30)' },
  shell: { type: 'boolean', description: 'run: through /bin/sh -c (pipes, redirections); otherwise no shell is involved' },
  'allow-failure': { type: 'boolean', description: 'run: record the output even when the command fails or times out' },
  note: { type: 'string', value: 'text', description: 'what the evidence is and why it matters' },
  by: { type: 'string', value: 'name', description: 'who captured it (default: your git user name)' },
  at: { type: 'string', value: 'time', description: 'add: when it was captured: ISO 8601, HH:MM[:SS] in the incident time zone, or -5m (default: now)' },
  'no-scrub': { type: 'boolean', description: 'add, run: save the bytes as they are, secrets included (recorded as scrubbed: false)' },
  now,
  json,
};

export const REPORT_OPTIONS: FastOptions = {
  since: { type: 'string', value: 'time', description: 'only what is new since then: HH:MM in the incident time zone, a date, ISO 8601 or an age (-30m, -2h)' },
  plain: { type: 'boolean', description: 'chat text to paste into Slack: no Markdown escapes, *bold* headings' },
  json,
};

export const STATUS_UPDATE_OPTIONS: FastOptions = {
  audience: {
    type: 'string', short: 'a', value: 'audience', default: 'public',
    description: 'public (status page: public fields and the Public summary only) or internal (adds roles, latest entries)',
  },
  out: { type: 'string', short: 'o', value: 'file', description: 'write it to this file instead of stdout' },
  plain: { type: 'boolean', description: 'chat text to paste into Slack: no Markdown escapes, *bold* headings (with --post: the update just recorded)' },
  post: { type: 'string', value: 'text', description: 'record a public update in the file for the status page (leak-checked first) instead of printing one' },
  status: { type: 'string', value: 'status', description: '--post: investigating, identified, monitoring or resolved (default: the incident\'s status)' },
  at: { type: 'string', value: 'time', description: '--post: when: ISO 8601, HH:MM[:SS] in the incident time zone, or -5m (default: now)' },
  by: { type: 'string', value: 'name', description: '--post: who posts it (default: your git user name; never published)' },
  force,
  json: { type: 'boolean', description: 'print the update (or, with --post, what was recorded) as JSON' },
};

export const RENDER_OPTIONS: FastOptions = {
  audience: { type: 'string', short: 'a', value: 'audience', default: 'internal', description: 'internal (everything) or public (the Public summary and public fields only)' },
  format: { type: 'string', short: 'f', value: 'format', description: 'md or html (default: md, or the template file name\'s)' },
  template: { type: 'string', short: 't', value: 'name', description: 'template name, e.g. status-update (default: postmortem, or public-summary for --audience public)' },
  out: { type: 'string', short: 'o', value: 'file', description: 'write the result to this file (atomically) instead of stdout' },
  plain: { type: 'boolean', description: 'Markdown as chat text to paste into Slack: no escapes, *bold* headings' },
  json: { type: 'boolean', description: 'print the result as JSON: the text with its file, template, audience and format' },
};

export const SHOW_OPTIONS: FastOptions = {
  json: { type: 'boolean', description: 'print the record and its metrics as JSON' },
};

/** The lane's options; the command table adds `--changed [base]`, which the lane hands over. */
export const VALIDATE_OPTIONS: FastOptions = {
  json: { type: 'boolean', description: 'print the findings as JSON (the same as --format json)' },
  format: { type: 'string', value: 'format', description: 'output format: pretty (default), json or github' },
  quiet: { type: 'boolean', description: 'report errors only' },
  'no-cache': { type: 'boolean', description: 'check every file again, ignoring the cache' },
  threads: { type: 'string', value: 'n', description: 'at most this many threads (default: one per core from 3,000 files)' },
};

// The write commands after the incident and through its lifecycle (lanes too: actions/*.ts).
const by = { type: 'string', value: 'name', description: 'who (default: your git user name)' } as const;

export const AMEND_OPTIONS: FastOptions = {
  at: { type: 'string', value: 'time', description: 'new time: ISO 8601, HH:MM[:SS] (near the entry\'s own time) or -5m' },
  text: { type: 'string', short: 'm', value: 'text', description: 'new text' },
  kind: { type: 'string', short: 'k', value: 'kind', description: 'new kind' },
  by: { type: 'string', value: 'name', description: 'new author' },
  approx: { type: 'boolean', description: 'the time is approximate' },
  'no-approx': { type: 'boolean', description: 'the time is exact' },
  force,
  json: { type: 'boolean', description: 'print the entry before and after as JSON' },
};

export const REMOVE_OPTIONS: FastOptions = {
  force,
  json: { type: 'boolean', description: 'print the removed entry as JSON' },
};

export const SEVERITY_OPTIONS: FastOptions = {
  at: { type: 'string', value: 'time', description: 'when it changed (required when back-filling, unless --now)' },
  now: { type: 'boolean', description: 'it changes now, even on an incident being back-filled' },
  approx: { type: 'boolean', description: 'the time is approximate' },
  by,
  force,
  json: { type: 'boolean', description: 'print the change as JSON' },
};

export const REOPEN_OPTIONS: FastOptions = {
  status: { type: 'string', value: 'status', description: 'investigating (default), identified or monitoring' },
  text: { type: 'string', short: 'm', value: 'text', description: 'what to write on the timeline (default: describes the change)' },
  by,
  at: { type: 'string', value: 'time', description: 'when (default: now)' },
  approx: { type: 'boolean', description: 'the time is approximate' },
  force,
  json: { type: 'boolean', description: 'print the change as JSON' },
};

export const ACTION_OPTIONS: FastOptions = {
  type: { type: 'string', value: 'type', description: 'prevent, detect, mitigate, process or other' },
  owner: { type: 'string', value: 'name', description: 'the one person responsible' },
  due: { type: 'string', value: 'date', description: 'due date, YYYY-MM-DD' },
  status: { type: 'string', value: 'status', description: 'open, in-progress, done or wont-do (wont-do needs --reason)' },
  reason: { type: 'string', value: 'text', description: 'why it will not be done (wont-do)' },
  title: { type: 'string', value: 'text', description: 'a new title, verb first' },
  force,
  json: { type: 'boolean', description: 'print the result as JSON' },
};

export const IMPACT_OPTIONS: FastOptions = {
  summary: { type: 'string', value: 'text', description: 'who was affected, how, and for how long' },
  figure: { type: 'string', value: 'label=value', multiple: true, description: 'a measured figure, e.g. "Queries lost=1.21B" (repeatable)' },
  'remove-figure': { type: 'string', value: 'label', multiple: true, description: 'drop the figure with this label (repeatable)' },
  force,
  json: { type: 'boolean', description: 'print the impact as JSON' },
};

export const REVIEW_OPTIONS: FastOptions = {
  by: { type: 'string', value: 'name', description: 'who takes the step (default: your git user name)' },
  note: { type: 'string', value: 'text', description: 'what the reviewer says (required to reject)' },
  at: { type: 'string', value: 'time', description: 'when (default: now)' },
  force,
  json: { type: 'boolean', description: 'print the step as JSON' },
};

export const ROLE_OPTIONS: FastOptions = {
  commander: { type: 'string', short: 'c', value: 'name', description: 'incident commander' },
  deputy: { type: 'string', value: 'name', description: 'deputy (backup incident commander)' },
  scribe: { type: 'string', value: 'name', description: 'scribe' },
  comms: { type: 'string', value: 'name', description: 'communications liaison' },
  coordinator: { type: 'string', value: 'name', description: 'investigation coordinator' },
  sme: { type: 'string', value: 'name', multiple: true, description: 'add a subject matter expert (repeat or comma-separate)' },
  by: { type: 'string', value: 'name', description: 'who records the change (default: your git user name)' },
  at: { type: 'string', value: 'time', description: 'when (default: now; asked for when the incident is being back-filled)' },
  now: { type: 'boolean', description: 'record it at the current time, even on an incident being back-filled' },
  force: { type: 'boolean', description: 'record it even if the timeline breaks its rules; says so' },
  json: { type: 'boolean', description: 'print the changes as JSON' },
};

export const STATUS_OPTIONS: FastOptions = {
  text: { type: 'string', short: 'm', value: 'text', description: 'what to write on the timeline (default: describes the change)' },
  by,
  at: { type: 'string', value: 'time', description: 'when: ISO 8601, HH:MM[:SS] in the incident time zone, or -5m (default: now)' },
  approx: { type: 'boolean', description: 'the time is approximate' },
  force,
  json: { type: 'boolean', description: 'print the change as JSON' },
};

export const CLOSE_OPTIONS: FastOptions = {
  owner: { type: 'string', value: 'name', description: 'post-mortem owner (default: the existing owner, else the incident commander)' },
  due: { type: 'string', value: 'date', description: 'post-mortem due date, YYYY-MM-DD (default: from .incident.yml by severity)' },
  by: { type: 'string', value: 'name', description: 'who closes it (default: your git user name)' },
  at: { type: 'string', value: 'time', description: 'when (default: now)' },
  force: { type: 'boolean', description: 'record it even if the timeline breaks its rules; says so' },
  json: { type: 'boolean', description: 'print the result as JSON' },
};
