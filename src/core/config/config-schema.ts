// JSON Schema (draft-07) of `.incident.yml`: what `incident init` writes beside the config for
// editors (its first line, `# yaml-language-server: $schema=...`, points at it), and what
// docs/config.md is generated from. It says what resolveConfig (config.ts) accepts; resolveConfig
// stays the judge (it also checks what a schema cannot, such as default_severity being one of
// severities). test/config-schema.test.ts fails when a Config key has no property here.
import { WEEKDAYS, DEFAULT_CONFIG } from './config.ts';
import { COMPONENT_STATUSES } from '../model/status-page.ts';
import { COLOR_KEYS } from './status-page.ts';

const nonEmpty = { type: 'string', minLength: 1 } as const;
const names = (description: string) => ({ type: 'array', description, items: nonEmpty }) as const;
const httpUrl = { type: 'string', pattern: '^https?://\\S+$' } as const;
const clock = { type: 'string', pattern: '^(?:[01]\\d|2[0-3]):[0-5]\\d$|^24:00$' } as const;
const dueRule = {
  type: 'object',
  description: 'Calendar days or business days (Monday to Friday) after the last resolution.',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    days: { type: 'integer', minimum: 0, description: 'Calendar days.' },
    business_days: { type: 'integer', minimum: 0, description: 'Business days (Monday to Friday).' },
  },
} as const;

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Casefile configuration (.incident.yml)',
  description: 'Every setting is optional: a missing one takes its default.',
  type: 'object',
  additionalProperties: false,
  properties: {
    incidents_dir: { ...nonEmpty, default: DEFAULT_CONFIG.incidents_dir, description: 'Where incident files live, one Markdown file per incident, relative to the repository root.' },
    templates_dir: { ...nonEmpty, default: DEFAULT_CONFIG.templates_dir, description: 'Templates that override the built-in ones (same file names), relative to the repository root.' },
    severities: {
      ...names('Severity names, most severe first. `incident init` writes them into the incident schema as the allowed values of `severity`.'),
      minItems: 1,
      default: DEFAULT_CONFIG.severities,
    },
    default_severity: { ...nonEmpty, default: DEFAULT_CONFIG.default_severity, description: 'The severity of `incident new` without --severity: one of severities (default: the middle one when severities are your own).' },
    timezone: {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$',
      description: "IANA time zone for new incidents and for times typed without an offset, e.g. Europe/Berlin (default: this machine's).",
      examples: ['UTC', 'Europe/Berlin', 'America/Los_Angeles'],
    },
    required_sections: {
      ...names('Post-mortem sections (## headings) every closed incident needs; synonyms such as "Overview" for Summary are accepted.'),
      minItems: 1,
      default: DEFAULT_CONFIG.required_sections,
    },
    postmortem_due: {
      type: 'object',
      description: 'When the post-mortem is due after resolution, per severity, and `default` for the others.',
      additionalProperties: dueRule,
      default: DEFAULT_CONFIG.postmortem_due,
    },
    redact: { ...names('Terms that must never appear in public output: internal hostnames, customer names. People named in the incident are always kept out.'), default: [] },
    allow: { ...names('Words the leak check lets through everywhere (any case): action-item owners that are vendors or teams, a product word that is also a name.'), default: [], examples: [['AWS', 'SRE team']] },
    public_domains: {
      type: 'array',
      description: "The company's own public domains (subdomains included): hostnames, URLs and emails there may be published.",
      items: { type: 'string', pattern: '^(?:\\*\\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}\\.?$' },
      default: [],
      examples: [['example.com', 'status.example.com']],
    },
    site_title: { ...nonEmpty, default: DEFAULT_CONFIG.site_title, description: 'Title of the public incident history site (incident publish).' },
    site_url: { ...httpUrl, description: "The public site's absolute address: the feeds and the JSON API link with it.", examples: ['https://status.example.com/'] },
    site: {
      type: 'object',
      description: "The public site's look.",
      additionalProperties: false,
      properties: {
        title: { ...nonEmpty, description: 'The title shown (instead of site_title).' },
        logo: { ...httpUrl, description: 'An absolute http(s) URL of an image.' },
        links: { type: 'object', description: 'Links in the header: label to absolute http(s) URL, in this order.', additionalProperties: httpUrl },
        colors: {
          type: 'object',
          description: 'Colours of the light theme, #rgb or #rrggbb.',
          additionalProperties: false,
          properties: Object.fromEntries(COLOR_KEYS.map((key) => [key, { type: 'string', pattern: '^#(?:[0-9a-fA-F]{3}){1,2}$' }])),
        },
      },
    },
    status_page: {
      type: 'object',
      description: 'The status page: services listed even without incidents, and the state an open public incident gives its services.',
      additionalProperties: false,
      properties: {
        components: names('Services shown even when no incident names them.'),
        severity_map: {
          type: 'object',
          description: "Severity to component state; an incident's own component_status wins.",
          additionalProperties: { enum: COMPONENT_STATUSES },
          default: DEFAULT_CONFIG.status_page.severity_map,
        },
      },
    },
    github: {
      type: 'object',
      description: 'GitHub issues for action items (incident issues).',
      additionalProperties: false,
      properties: {
        repo: { type: 'string', pattern: '^[^/\\s]+/[^/\\s]+$', description: 'The tracker, owner/name.', examples: ['acme/incidents'] },
        api_url: { ...httpUrl, description: 'The API of GitHub Enterprise Server, e.g. https://github.example.com/api/v3.' },
      },
    },
    people: { type: 'object', description: 'People as named in incidents, to their GitHub logins (to assign action items).', additionalProperties: nonEmpty },
    issueops: {
      type: 'object',
      description: "IssueOps through the Action: an issue with this label is an incident's tracking issue, and its comments (/log, /status, /role...) write to the incident.",
      additionalProperties: false,
      properties: {
        label: { ...nonEmpty, default: DEFAULT_CONFIG.issueops.label, description: 'The label that makes an issue an incident.' },
        mirror: { type: 'boolean', default: DEFAULT_CONFIG.issueops.mirror, description: 'Also post each entry written in git (incident log ...) to the issue as a comment.' },
      },
    },
    evidence_max_bytes: { type: 'integer', minimum: 1, default: DEFAULT_CONFIG.evidence_max_bytes, description: 'Evidence files larger than this are refused: keep them in Git LFS or another store and log a link.' },
    review: {
      type: 'object',
      description: 'The post-mortem review (incident review).',
      additionalProperties: false,
      properties: {
        require_independent_approval: {
          type: 'boolean',
          default: DEFAULT_CONFIG.review.require_independent_approval,
          description: "Publishing needs an approval from someone other than the post-mortem's owner. false for a team of one.",
        },
      },
    },
    working_hours: {
      type: 'object',
      description: "Working hours for incident insights (entries written outside them), in each incident's own time zone unless timezone is set.",
      additionalProperties: false,
      properties: {
        start: { ...clock, default: DEFAULT_CONFIG.working_hours.start, description: 'Start of the day, "HH:MM" (quoted).' },
        end: { ...clock, default: DEFAULT_CONFIG.working_hours.end, description: 'End of the day, "HH:MM" (quoted), after start.' },
        days: { type: 'array', items: { enum: WEEKDAYS }, minItems: 1, default: DEFAULT_CONFIG.working_hours.days, description: 'Working days.' },
        timezone: { type: 'string', description: 'One IANA time zone for all incidents.' },
      },
    },
    merge_driver: {
      enum: ['auto', 'warn', 'off'],
      default: 'auto',
      description: "A clone whose .gitattributes names Casefile's merge driver but whose git config lacks it: the next write command installs it (auto, said once on stderr), says how to (warn), or does nothing (off).",
    },
    import: {
      type: 'object',
      description: 'incident import: per source (pagerduty, incident-io, opsgenie, statuspage, slack...), its severity_map, timezone and own settings.',
      additionalProperties: {
        type: ['object', 'null'],
        properties: {
          severity_map: { type: 'object', description: 'A source field=value to a severity, e.g. priority=P1: SEV-1.', additionalProperties: nonEmpty },
          timezone: { type: 'string', description: "The IANA time zone of the source's times when they carry no offset." },
        },
      },
    },
  },
} as const;
