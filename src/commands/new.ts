// `incident new "<title>"`: a new record with the skeleton post-mortem body, never overwriting one.
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Document } from 'yaml';
import { candidateId, slugify } from '../core/model/id.ts';
import { CommandError, UsageError } from '../core/util/errors.ts';
import { problemFix, timelineProblems } from '../core/timeline/timeline-integrity.ts';
import { isValidTimeZone, localDate, resolveAt } from '../core/timeline/timeline.ts';
import { expectedZone } from '../core/time/zone-abbreviations.ts';
import type { Incident, TimelineEntry } from '../core/model/types.ts';
import { INCIDENT_SCHEMA_FILE } from '../core/config/setup.ts';
import { configuredSeverity } from '../core/config/severity-name.ts';
import { issueMarker, type IssueRef } from '../core/issueops/markers.ts';
import { createExclusive } from '../io/create-exclusive.ts';
import { display } from '../io/repo.ts';
import { loadTemplate } from '../io/templates.ts';
import { context, type Deps } from './context.ts';

export interface NewOptions {
  title: string;
  severity?: string;
  commander?: string;
  services?: string[];
  at?: string;
  /** The start time is an estimate (`approx: true` on the started entry). */
  approx?: boolean;
  /** The text of the started entry (default "Impact started"). */
  startedText?: string;
  declared?: string;
  timezone?: string;
  drill?: boolean;
  public?: boolean;
  by?: string;
  /** Its tracking issue (IssueOps): named by a hidden marker at the top of the body. */
  issue?: IssueRef;
}

export interface NewResult {
  id: string;
  file: string;
  incident: Incident;
}

const DAY = 86_400_000;

export async function newIncident(options: NewOptions, deps: Deps): Promise<NewResult> {
  const ctx = await context(deps);
  const { config } = ctx.repo;
  const title = options.title.trim();
  if (!title) throw new UsageError('Unexpected empty title, expected what is broken, e.g. incident new "Checkout fails"');
  const timezone = options.timezone ?? ctx.defaultTimeZone;
  if (!isValidTimeZone(timezone)) throw new UsageError(`Unexpected time zone "${timezone}", expected ${expectedZone(timezone)}`);
  const severity = configuredSeverity(options.severity ?? config.default_severity, config.severities);
  const by = options.by ?? ctx.whoami();
  const kind = options.drill ? 'drill' : 'incident';

  if (!options.at && (options.approx || options.startedText !== undefined)) {
    throw new UsageError(`Unexpected --${options.approx ? 'approx' : 'started-text'} without --at, expected when impact started, e.g. --at 13:45`);
  }
  const startedText = options.startedText?.trim() ?? 'Impact started';
  if (!startedText) throw new UsageError('Unexpected empty --started-text, expected what started, e.g. "Error rate on /checkout rises"');
  const clock = { now: ctx.now, timeZone: timezone };
  const started = options.at ? resolveAt(options.at, clock) : undefined;
  // Creating the record is declaring the incident, unless someone back-fills an old one.
  const backfill = started && ctx.now - started.ms > DAY;
  const declared = options.declared ? resolveAt(options.declared, clock) : backfill ? undefined : resolveAt('now', clock);

  const timeline: TimelineEntry[] = [];
  if (started) timeline.push({ at: started.at, kind: 'started', by, text: startedText, ...(started.approx || options.approx ? { approx: true } : {}) });
  if (declared) {
    timeline.push({
      at: declared.at, kind: 'declared', by, text: `Declared ${severity}${kind === 'drill' ? ' drill' : ''}: ${title}`, ...(declared.approx ? { approx: true } : {}),
    });
  }
  // The same check every later write passes (a start or declaration in the future).
  const problem = timelineProblems(timeline, ctx.now)[0];
  if (problem) throw new CommandError(`${problem.message}; ${problemFix(problem)}`);
  const startMs = started?.ms ?? declared?.ms ?? ctx.now;
  const date = localDate(startMs, timezone);

  mkdirSync(ctx.repo.incidentsDir, { recursive: true });
  const template = loadTemplate(ctx.repo, 'incident.md');
  const body = options.issue ? `${issueMarker(options.issue)}\n\n${template}` : template;
  const slug = slugify(title);
  for (let n = 1; n < 1000; n++) {
    const id = candidateId(date, slug, n);
    const incident: Incident = {
      id, title, kind, severity, status: 'investigating', timezone,
      services: options.services ?? [],
      public: options.public ?? false,
      roles: options.commander ? { incident_commander: options.commander } : {},
      timeline,
      action_items: [],
    };
    const path = join(ctx.repo.incidentsDir, `${id}.md`);
    if (existsSync(path)) continue;
    if (createExclusive(path, fileText(incident, schemaComment(ctx.repo.root, ctx.repo.incidentsDir), body))) {
      for (const note of [started?.note, declared?.note]) if (note) ctx.warn?.(note);
      ctx.repo.afterWrite?.();
      return { id, file: display(ctx.repo, path), incident };
    }
  }
  throw new UsageError(`Too many incidents named "${slug}" on ${date}; choose another title`);
}

function fileText(incident: Incident, comment: string | undefined, body: string): string {
  const doc = new Document(incident);
  if (comment) doc.commentBefore = comment;
  return `---\n${doc.toString({ lineWidth: 0 })}---\n\n${body}`;
}

/**
 * Points YAML language servers at the schema when the repository has it, for completion and checks:
 * the one `incident init` wrote from the config (its severities), else the format's own (this
 * repository's schema/, in Casefile's own repository).
 */
export function schemaComment(root: string, incidentsDir: string): string | undefined {
  const schema = [join(root, INCIDENT_SCHEMA_FILE), join(root, 'schema', 'incident.schema.json')].find((file) => existsSync(file));
  if (!schema) return undefined;
  return ` yaml-language-server: $schema=${relative(incidentsDir, schema).split('\\').join('/')}`;
}
