// The terminal view of one incident: header, roles, the timeline in the incident's zone, metrics,
// action items and the post-mortem's state.
import { computeMetrics, type Metric } from '../metrics/metrics.ts';
import { formatDuration } from '../time/duration.ts';
import { dateOf, localDate, localParts, parseInstant, sortByInstant } from '../timeline/timeline.ts';
import { highestSeverity } from '../timeline/severity.ts';
import { oneLine, textTable } from '../util/text-table.ts';
import { SINGLE_ROLES, type Incident, type TimelineEntry } from '../model/types.ts';

export function formatShow(incident: Incident, timeZone: string, severities: readonly string[] = []): string {
  const out: string[] = [];
  const kind = incident.kind === 'drill' ? '  DRILL' : '';
  out.push(`${oneLine(incident.id)}  ${oneLine(incident.severity)}  ${oneLine(incident.status)}${kind}`);
  out.push(oneLine(incident.title));
  const services = Array.isArray(incident.services) ? incident.services.join(', ') : '';
  out.push(`Time zone: ${timeZone}${services ? `   Services: ${oneLine(services)}` : ''}`);
  const highest = Array.isArray(incident.timeline) ? highestSeverity(incident.timeline, incident.severity, severities) : undefined;
  if (highest) out.push(`Highest severity: ${oneLine(highest.severity)}${highest.at ? ` since ${whenIn(highest.at, timeZone)}` : ' from the start'}`);

  const roles = (incident.roles ?? {}) as Record<string, unknown>;
  const roleRows = SINGLE_ROLES.filter((r) => roles[r]).map((r) => [r.replace(/_/g, ' '), oneLine(roles[r])]);
  const smes = roles.subject_matter_experts;
  if (Array.isArray(smes) && smes.length) roleRows.push(['subject matter experts', oneLine(smes.join(', '))]);
  if (roleRows.length) out.push('', 'Roles', textTable(roleRows, '  '));

  const timeline = Array.isArray(incident.timeline) ? incident.timeline : [];
  if (timeline.length) out.push('', `Timeline (${timeZone})`, timelineTable(timeline, timeZone));

  const metrics = computeMetrics(timeline.filter((e) => typeof e?.at === 'string'));
  if (metrics.length) out.push('', 'Metrics', metricsTable(metrics));

  const items = Array.isArray(incident.action_items) ? incident.action_items : [];
  if (items.length) {
    out.push('', 'Action items', textTable(items.map((a) => [
      oneLine(a.id), oneLine(a.status ?? 'open'), oneLine(a.type), oneLine(a.title),
      [a.owner, a.due && `due ${a.due}`, a.issue].filter(Boolean).map(oneLine).join(', '),
    ]), '  '));
  }
  const pm = incident.postmortem;
  if (pm && typeof pm === 'object') {
    const parts = [pm.status, pm.owner && `owner ${pm.owner}`, pm.due && `due ${pm.due}`, pm.meeting && `meeting ${pm.meeting}`].filter(Boolean);
    if (parts.length) out.push('', `Post-mortem: ${parts.map(oneLine).join(', ')}`); // fields left empty are not set
  }
  return out.join('\n') + '\n';
}

/** Times in the zone; a date line whenever the local date changes (midnight, multi-day). Each entry
 * shows its number (1-based, in file order), which amend and remove take. */
export function timelineTable(timeline: TimelineEntry[], timeZone: string): string {
  const rows: string[][] = [];
  let day = '';
  // Each instant read once, and its wall clock worked out once (a long outage's 300 entries, in code run cold).
  const items = timeline.map((entry, i) => ({ entry: entry ?? ({} as TimelineEntry), n: i + 1, ms: parseInstant(String(entry?.at)) }));
  for (const { entry, n, ms } of sortByInstant(items, (item) => item.ms)) {
    let time = oneLine(entry.at);
    if (ms !== undefined) {
      const p = localParts(ms, timeZone);
      const date = dateOf(p);
      if (date !== day) {
        rows.push([date]);
        day = date;
      }
      time = `${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
    }
    rows.push([String(n).padStart(String(timeline.length).length), `${entry.approx ? '~' : ' '}${time}`, oneLine(entry.kind), oneLine(entry.by), oneLine(entry.text)]);
  }
  // Date lines have one cell; keep them out of the column widths.
  const widths = textTable(rows.filter((r) => r.length > 1), '');
  const lines = widths.split('\n');
  let i = 0;
  return rows.map((r) => (r.length === 1 ? `  ${r[0]}` : `  ${lines[i++]}`)).join('\n');
}

const two = (n: number) => String(n).padStart(2, '0');

/** `2017-02-28 10:00` in the zone (or the stored text when it is not a time). */
function whenIn(at: string, timeZone: string): string {
  const ms = parseInstant(at);
  if (ms === undefined) return oneLine(at);
  const p = localParts(ms, timeZone);
  return `${localDate(ms, timeZone)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

export function metricsTable(metrics: Metric[]): string {
  return textTable(metrics.map((m) => [m.label, formatDuration(m.ms, m.approx), `${m.from} -> ${m.to}`]), '  ');
}
