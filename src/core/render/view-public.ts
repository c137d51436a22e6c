// The public view. `publicFields` is the only code that reads the frontmatter for public output,
// and it copies out the fields marked public below, plus the times (never the text, never `by`)
// of the milestones that bound the impact. Everything else in the view is empty: prose comes
// only from the Public summary section. test/render-property.test.ts checks this with fast-check.
import { formatInZone } from '../timeline/timeline.ts';
import type { TimelineEntry } from '../model/types.ts';
import type { PublicSummaryView } from './public-summary.ts';
import { entries, impactTimes } from './view-internal.ts';
import { str, strList, type View } from './view.ts';

/** The frontmatter fields that are public by definition (README: "The public guarantee"). */
export const PUBLIC_FIELDS = ['id', 'title', 'kind', 'severity', 'status', 'services', 'public'] as const;
/** The milestones whose times public output shows (start, end and resolution of the impact). */
const PUBLIC_MILESTONES = new Set(['started', 'recovered', 'resolved']);

/** Public output shows times in UTC, the way status pages and public post-mortems do (seed 003). */
export const PUBLIC_ZONE = 'UTC';

export interface PublicFields {
  id: string | null;
  title: string | null;
  kind: string | null;
  severity: string | null;
  status: string | null;
  services: string[];
  public: boolean;
  /** Only `at`, `kind` and `approx` (an estimated time) of the started, recovered and resolved entries. */
  milestones: Pick<TimelineEntry, 'at' | 'kind' | 'approx'>[];
}

export function publicFields(data: Record<string, unknown>): PublicFields {
  return {
    id: str(data.id),
    title: str(data.title),
    kind: str(data.kind),
    severity: str(data.severity),
    status: str(data.status),
    services: strList(data.services),
    public: data.public === true,
    milestones: entries(data).filter((e) => PUBLIC_MILESTONES.has(e.kind))
      .map((e) => ({ at: e.at, kind: e.kind, ...(e.approx === true ? { approx: true } : {}) })),
  };
}

export function publicView(fields: PublicFields, fallbackId: string, summary: PublicSummaryView | null, now: number): View {
  const kind = fields.kind ?? 'incident';
  const id = fields.id ?? fallbackId;
  const incident = {
    id, title: fields.title ?? '', kind, severity: fields.severity, status: fields.status, services: fields.services, public: fields.public,
  };
  return {
    audience: 'public',
    internal: false,
    drill: kind === 'drill',
    id,
    title: incident.title,
    kind,
    severity: fields.severity,
    status: fields.status,
    services: fields.services,
    timezone: PUBLIC_ZONE,
    now: formatInZone(now, PUBLIC_ZONE),
    incident,
    file: null,
    ...impactTimes(fields.milestones as TimelineEntry[], PUBLIC_ZONE, fields.status),
    roles: [],
    timeline: [],
    recent: [],
    metrics: [],
    impact: { summary: null, figures: [] },
    action_items: [],
    postmortem: { owner: null, due: null, meeting: null, status: null },
    body: '',
    public_summary: summary,
    site: null,
  };
}
