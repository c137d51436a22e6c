// The repository's `.incident.yml`, with defaults so that no config at all works.
import { DEFAULT_SEVERITIES } from '../model/types.ts';
import { DocumentError } from '../util/errors.ts';
import { isValidTimeZone } from '../timeline/timeline.ts';
import { zoneExamples } from '../time/zone-abbreviations.ts';
import { statusPageConfig, siteConfig, siteUrl, type SiteConfig, type StatusPageConfig } from './status-page.ts';
import { importConfig, type ImportConfig } from './import.ts';

/** How long after resolution a post-mortem is due: calendar days or business days (Mon-Fri). */
export interface DueRule {
  days?: number;
  business_days?: number;
}

export interface Config {
  incidents_dir: string;
  templates_dir: string;
  severities: string[];
  default_severity: string;
  /** IANA zone for new incidents; undefined means the machine's own zone. */
  timezone?: string;
  required_sections: string[];
  postmortem_due: Record<string, DueRule>;
  /** Terms that must never appear in public output (hostnames, customer names...). */
  redact: string[];
  /**
   * Words the leak check lets through everywhere (case-insensitive): a vendor or team that owns an
   * action item (`AWS`, `SRE team`), a product word that is also someone's name.
   */
  allow: string[];
  /** The company's own public domains (and their subdomains): hostnames, URLs and emails there are not leaks. */
  public_domains: string[];
  /** Title of the public incident history site. */
  site_title: string;
  /** The public site's absolute URL (feeds and the JSON API link with it), e.g. https://status.example.com/. */
  site_url?: string;
  /** The site's look: title (instead of site_title), logo, header links, colours. */
  site: SiteConfig;
  /** The status page: services listed even without incidents, and the state each severity gives them. */
  status_page: StatusPageConfig;
  /** GitHub integration: `owner/name` of the tracker and the API URL (GitHub Enterprise). */
  github: { repo?: string; api_url?: string };
  /** People's names (as written in incidents) to GitHub logins, for assigning action items (and, read backwards, naming IssueOps commenters). */
  people: Record<string, string>;
  /**
   * IssueOps (the Action on issue comments): the label that makes an opened issue an incident's
   * tracking issue, and whether entries written in git are mirrored to that issue as comments.
   */
  issueops: { label: string; mirror: boolean };
  /** Evidence files larger than this are refused (store them in Git LFS or elsewhere and link them). */
  evidence_max_bytes: number;
  /** The post-mortem review (incident review): publishing needs an approval by someone who is not the author. */
  review: { require_independent_approval: boolean };
  /** Working hours for `incident insights` (entries written outside them); no timezone: each incident's own. */
  working_hours: { start: string; end: string; days: string[]; timezone?: string };
  /**
   * A clone whose .gitattributes names Casefile's merge driver but whose git config lacks it: every
   * write command installs it (auto, saying so once), says how to (warn), or does nothing (off).
   */
  merge_driver: 'auto' | 'warn' | 'off';
  /** `incident import`: per source, its severity_map, timezone and own settings (src/core/config/import.ts). */
  import: ImportConfig;
}

export const DEFAULT_CONFIG: Config = {
  incidents_dir: 'incidents',
  templates_dir: 'templates',
  severities: [...DEFAULT_SEVERITIES],
  default_severity: 'SEV-3',
  required_sections: [
    'Summary', 'Impact', 'Root cause and contributing factors', 'Resolution', 'What went well', 'What went wrong',
  ],
  // Seed 003's process: meeting within 3 days for SEV-1, 5 business days for SEV-2.
  postmortem_due: { 'SEV-1': { days: 3 }, 'SEV-2': { business_days: 5 }, default: { business_days: 10 } },
  redact: [],
  allow: [],
  public_domains: [],
  site_title: 'Incident history',
  site: { links: {}, colors: {} },
  status_page: { components: [], severity_map: { 'SEV-1': 'major_outage', 'SEV-2': 'partial_outage', 'SEV-3': 'degraded_performance' } },
  github: {},
  people: {},
  issueops: { label: 'incident', mirror: false },
  evidence_max_bytes: 10 * 1024 * 1024,
  review: { require_independent_approval: true },
  working_hours: { start: '09:00', end: '18:00', days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] },
  merge_driver: 'auto',
  import: {},
};

const MERGE_DRIVER_MODES: readonly Config['merge_driver'][] = ['auto', 'warn', 'off'];

export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

// `example.com`, `*.example.com` (the same: subdomains always count).
const PUBLIC_DOMAIN = /^(?:\*\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\.?$/;

/** Merges a parsed `.incident.yml` over the defaults, rejecting values of the wrong type. */
export function resolveConfig(raw: unknown, file = '.incident.yml'): Config {
  if (raw === null || raw === undefined) return { ...DEFAULT_CONFIG };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new DocumentError('Unexpected config, expected `key: value` settings', file, 1, 1);
  }
  const r = raw as Record<string, unknown>;
  const config: Config = { ...DEFAULT_CONFIG };
  const str = (key: keyof Config) => {
    if (r[key] === undefined) return;
    if (typeof r[key] !== 'string' || r[key] === '') throw wrong(key, 'a non-empty string');
    (config as unknown as Record<string, unknown>)[key] = r[key];
  };
  const list = (key: 'severities' | 'required_sections') => {
    if (r[key] === undefined) return;
    const v = r[key];
    if (!Array.isArray(v) || v.length === 0 || !v.every((s) => typeof s === 'string' && s)) {
      throw wrong(key, 'a list of names');
    }
    config[key] = v as string[];
  };
  const wrong = (key: string, expected: string) =>
    new DocumentError(`Unexpected value for \`${key}\`, expected ${expected}`, file);
  str('incidents_dir');
  str('templates_dir');
  str('timezone');
  if (config.timezone !== undefined && !isValidTimeZone(config.timezone)) {
    throw wrong('timezone', `an IANA time zone name such as ${zoneExamples(config.timezone)}, not "${config.timezone}"`);
  }
  list('severities');
  list('required_sections');
  if (r.default_severity !== undefined) str('default_severity');
  else if (!config.severities.includes(config.default_severity)) {
    config.default_severity = config.severities[Math.floor((config.severities.length - 1) / 2)]!;
  }
  if (!config.severities.includes(config.default_severity)) {
    throw wrong('default_severity', `one of ${config.severities.join(', ')}`);
  }
  str('site_title');
  if (r.site_url !== undefined) config.site_url = siteUrl(r.site_url, wrong);
  if (r.site !== undefined) config.site = siteConfig(r.site, wrong);
  if (r.status_page !== undefined) config.status_page = statusPageConfig(r.status_page, DEFAULT_CONFIG.status_page, wrong);
  if (r.redact !== undefined) {
    if (!Array.isArray(r.redact) || !r.redact.every((t) => typeof t === 'string' && t.trim())) throw wrong('redact', 'a list of terms');
    config.redact = r.redact as string[];
  }
  if (r.allow !== undefined) {
    if (!Array.isArray(r.allow) || !r.allow.every((t) => typeof t === 'string' && t.trim())) throw wrong('allow', 'a list of words or names');
    config.allow = r.allow as string[];
  }
  if (r.public_domains !== undefined) {
    const v = r.public_domains;
    if (!Array.isArray(v) || !v.every((d) => typeof d === 'string' && PUBLIC_DOMAIN.test(d.trim()))) {
      throw wrong('public_domains', 'a list of domain names such as status.example.com');
    }
    config.public_domains = v.map((d: string) => d.trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, ''));
  }
  const stringMap = (key: 'github' | 'people', allowed?: string[]) => {
    const v = r[key];
    if (v === undefined) return;
    const ok = typeof v === 'object' && v !== null && !Array.isArray(v) &&
      Object.entries(v).every(([k, x]) => typeof x === 'string' && x !== '' && (!allowed || allowed.includes(k)));
    if (!ok) throw wrong(key, allowed ? `a map with ${allowed.join(', ')}` : 'a map of names to GitHub logins');
    (config as unknown as Record<string, unknown>)[key] = { ...(v as Record<string, string>) };
  };
  stringMap('github', ['repo', 'api_url']);
  stringMap('people');
  if (r.evidence_max_bytes !== undefined) {
    if (!Number.isInteger(r.evidence_max_bytes) || (r.evidence_max_bytes as number) <= 0) throw wrong('evidence_max_bytes', 'a positive number of bytes');
    config.evidence_max_bytes = r.evidence_max_bytes as number;
  }
  if (r.review !== undefined) {
    const v = r.review;
    const ok = typeof v === 'object' && v !== null && !Array.isArray(v) &&
      Object.entries(v).every(([k, x]) => k === 'require_independent_approval' && typeof x === 'boolean');
    if (!ok) throw wrong('review', 'a map with require_independent_approval: true or false');
    config.review = { ...DEFAULT_CONFIG.review, ...(v as Config['review']) };
  }
  if (r.issueops !== undefined) {
    const v = r.issueops;
    const ok = typeof v === 'object' && v !== null && !Array.isArray(v) && Object.entries(v).every(([k, x]) =>
      (k === 'label' && typeof x === 'string' && x.trim() !== '') || (k === 'mirror' && typeof x === 'boolean'));
    if (!ok) throw wrong('issueops', 'a map with label: <label name> and mirror: true or false');
    config.issueops = { ...DEFAULT_CONFIG.issueops, ...(v as Partial<Config['issueops']>) };
  }
  if (r.working_hours !== undefined) config.working_hours = workingHours(r.working_hours, wrong);
  if (r.import !== undefined && r.import !== null) config.import = importConfig(r.import, config.severities, wrong);
  if (r.merge_driver !== undefined) {
    if (!MERGE_DRIVER_MODES.includes(r.merge_driver as Config['merge_driver'])) throw wrong('merge_driver', `one of ${MERGE_DRIVER_MODES.join(', ')}`);
    config.merge_driver = r.merge_driver as Config['merge_driver'];
  }
  if (r.postmortem_due !== undefined) {
    const due = r.postmortem_due;
    if (typeof due !== 'object' || due === null || Array.isArray(due)) throw wrong('postmortem_due', 'a map of severity to {days} or {business_days}');
    for (const [sev, rule] of Object.entries(due)) {
      const ok = typeof rule === 'object' && rule !== null &&
        Object.entries(rule).every(([k, n]) => (k === 'days' || k === 'business_days') && Number.isInteger(n) && (n as number) >= 0);
      if (!ok) throw wrong(`postmortem_due.${sev}`, '{days: N} or {business_days: N}');
    }
    config.postmortem_due = { ...DEFAULT_CONFIG.postmortem_due, ...(due as Record<string, DueRule>) };
  }
  return config;
}

/** `working_hours: {start: "09:00", end: "18:00", days: [Mon, ...], timezone: Europe/Berlin}`, each key optional. */
function workingHours(v: unknown, wrong: (key: string, expected: string) => DocumentError): Config['working_hours'] {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw wrong('working_hours', 'a map with start, end, days and timezone');
  const out = { ...DEFAULT_CONFIG.working_hours };
  for (const [key, x] of Object.entries(v)) {
    if (key === 'start' || key === 'end') {
      if (typeof x !== 'string' || !CLOCK.test(x)) throw wrong(`working_hours.${key}`, 'a time of day as "HH:MM" (quoted), such as "09:00"');
      out[key] = x;
    } else if (key === 'days') {
      const names = (WEEKDAYS as readonly string[]);
      if (!Array.isArray(x) || x.length === 0 || !x.every((d) => typeof d === 'string' && names.includes(d))) {
        throw wrong('working_hours.days', `a list of days among ${WEEKDAYS.join(', ')}`);
      }
      out.days = x as string[];
    } else if (key === 'timezone') {
      if (typeof x !== 'string' || !isValidTimeZone(x)) throw wrong('working_hours.timezone', `an IANA time zone name such as ${zoneExamples(String(x))}`);
      out.timezone = x;
    } else {
      throw wrong('working_hours', `a map with start, end, days and timezone, not "${key}"`);
    }
  }
  if (out.start >= out.end) throw wrong('working_hours', `a start before the end, not ${out.start} to ${out.end}`);
  return out;
}

/** The commented config `incident init` writes: every setting with its default and why. */
export function configTemplate(): string {
  return `# Casefile configuration. Every setting is optional: delete what you don't change.

# Where incident files live, one Markdown file per incident.
incidents_dir: ${DEFAULT_CONFIG.incidents_dir}

# Templates that override Casefile's defaults (same file names as the defaults).
templates_dir: ${DEFAULT_CONFIG.templates_dir}

# Severity names, most severe first.
severities: [${DEFAULT_CONFIG.severities.join(', ')}]
default_severity: ${DEFAULT_CONFIG.default_severity}

# IANA time zone for new incidents and for times typed without an offset (default: this machine's).
# timezone: Europe/Berlin

# Post-mortem sections every closed incident needs (synonyms such as "Overview" are accepted).
required_sections:
${DEFAULT_CONFIG.required_sections.map((s) => `  - ${s}`).join('\n')}

# When the post-mortem is due after resolution: calendar days or business days (Mon-Fri).
postmortem_due:
  SEV-1:
    days: 3
  SEV-2:
    business_days: 5
  default:
    business_days: 10

# Terms that must never appear in public output: internal hostnames, customer names...
# (People named in roles and on the timeline are always kept out.)
redact: []

# Words the leak check lets through everywhere: action-item owners that are vendors or teams, a
# product word that is also a person's name. Case-insensitive.
allow: []
# allow: [AWS, SRE team]

# The company's own public domains (subdomains included): hostnames, URLs and emails there may be
# published. Anything else that looks internal (db-7.internal.acme, 10.0.0.5) is a leak.
public_domains: []
# public_domains: [example.com, status.example.com]

# The public incident history site (incident publish).
site_title: ${DEFAULT_CONFIG.site_title}
# Its address: feeds and the JSON API (api/v2/) link with it.
# site_url: https://status.example.com/
# Its look: logo (a URL), links in the header, colours (#rgb or #rrggbb).
# site:
#   logo: https://status.example.com/logo.svg
#   links:
#     Home: https://example.com
#     Support: https://example.com/support
#   colors:
#     accent: "#0969da"

# The status page: services shown even when no incident names them, and the state an open public
# incident gives its services by severity (operational, degraded_performance, partial_outage,
# major_outage, under_maintenance); an incident's own component_status: wins.
# status_page:
#   components:
#     - checkout
#     - api
#   severity_map:
#     SEV-1: major_outage
#     SEV-2: partial_outage
#     SEV-3: degraded_performance

# GitHub issues for action items (incident issues): the tracker and, for GitHub Enterprise, its API.
# github:
#   repo: acme/incidents
#   api_url: https://github.example.com/api/v3

# People as named in incidents -> GitHub logins, to assign action items.
# people:
#   Alice Example: alice

# IssueOps (the Action on issue comments): an issue opened with this label becomes an incident, and
# /log, /status, /role, /severity, /thread, /action and /update in its comments write to it.
# mirror: true also posts each entry written in git (incident log ...) to the issue as a comment.
# issueops:
#   label: ${DEFAULT_CONFIG.issueops.label}
#   mirror: false

# Evidence files larger than this are refused: keep them in Git LFS or another store and link them.
evidence_max_bytes: ${DEFAULT_CONFIG.evidence_max_bytes}

# The post-mortem review (incident review): publishing needs an approval from someone other than
# the post-mortem's owner. Set to false for a team of one.
review:
  require_independent_approval: ${DEFAULT_CONFIG.review.require_independent_approval}

# Several clones: a clone whose .gitattributes sends incident files to Casefile's merge driver, but
# whose git config lacks it, gets it from the next write command (auto: said once on stderr);
# warn: only say how (incident merge-driver --install); off: nothing.
# merge_driver: auto

# Working hours for \`incident insights\` (timeline entries written outside them), by default in
# each incident's own time zone; timezone: one zone for all.
# working_hours:
#   start: "09:00"
#   end: "18:00"
#   days:
#     - Mon
#     - Tue
#     - Wed
#     - Thu
#     - Fri
#   timezone: Europe/Berlin
`;
}
