// What each template is given, as types taken from the code that builds the contexts (never
// restated), and words for the fields whose declarations carry no doc comment. scripts/docs/
// template-pages.ts expands the types into docs/templates.md; a field with neither a doc comment
// nor an entry below stops `npm run docs` (and fails test/docs.test.ts), so a new field gets its words.
import type { View, SiteLinks } from '../../src/core/render/view.ts';
import type { feedContext, indexContext } from '../../src/core/render/site.ts';
import type { look, pageUpdates, StatusIndex } from '../../src/core/status-page/site.ts';
import type { reportContext } from '../../src/commands/report.ts';

/** postmortem.md.hbs and .html.hbs, public-summary.md.hbs and .html.hbs, status-update.md.hbs, the partials. */
export type IncidentContext = View;

/** public-summary.html.hbs as a page of the site (incident publish). */
export type SitePageContext = View & {
  updates: ReturnType<typeof pageUpdates>;
  open: boolean;
  site: SiteLinks & ReturnType<typeof look>;
};

/** The history's pagination (publish.ts pagesNav): null when it fits one page. */
interface HistoryPages {
  number: number;
  count: number;
  newer: string | null;
  older: string | null;
}

/** site-index.html.hbs: the index and each history-N.html page. */
export type SiteIndexContext = ReturnType<typeof indexContext> & StatusIndex & {
  site: ReturnType<typeof indexContext>['site'] & ReturnType<typeof look>;
  pages: HistoryPages | null;
};

/** site-feed.xml.hbs: the site's Atom feed and each service's. */
export type SiteFeedContext = ReturnType<typeof feedContext> & { site: { self: string | null } };

/** coordinator-report.md.hbs (incident report). */
export type ReportContext = ReturnType<typeof reportContext>;

/** action-item-issue.md.hbs (issues-body.ts): the frontmatter as written, not the view. */
export interface ActionItemIssueContext {
  incident: Record<string, unknown>;
  item: Record<string, unknown>;
  file: string;
  url: string | undefined;
}

export const CONTEXTS = [
  { name: 'IncidentContext', title: 'Incident documents', templates: ['postmortem.md.hbs', 'postmortem.html.hbs (render --format html, incident site)', 'public-summary.md.hbs', 'public-summary.html.hbs', 'status-update.md.hbs', '_facts', '_drill', '_head'] },
  { name: 'SitePageContext', title: 'A page of the site', templates: ['public-summary.html.hbs (incident publish)'], extendsIncident: true },
  { name: 'SiteIndexContext', title: 'The site index', templates: ['site-index.html.hbs'] },
  { name: 'SiteFeedContext', title: 'The Atom feeds', templates: ['site-feed.xml.hbs'] },
  { name: 'ReportContext', title: "The coordinator's report", templates: ['coordinator-report.md.hbs'], extendsIncident: true },
  { name: 'ActionItemIssueContext', title: "An action item's issue", templates: ['action-item-issue.md.hbs'] },
] as const;

/**
 * Words for fields without a doc comment where they are declared: by `Context.path` for one
 * context, or by `path` for every context that has the field (a path is dotted, `[]` for a list's items).
 */
export const FIELD_DOCS: Record<string, string> = {
  audience: '`internal` or `public`: who the output is for.',
  internal: 'true for the internal audience (use `{{#if internal}}` around what the public must not see).',
  drill: 'true for a practice incident (kind `drill`): every rendering says DRILL.',
  id: 'The incident id, `YYYY-MM-DD-<slug>` (also its file name).',
  title: 'The title.',
  kind: '`incident` or `drill`.',
  severity: 'The severity, e.g. `SEV-2`.',
  status: 'The status: investigating, identified, monitoring, resolved or closed.',
  services: 'The services affected.',
  'IncidentContext.started': 'Impact start: the `started` milestone\'s time in `timezone`, or null (never guessed).',
  'IncidentContext.timeline[].local_date': 'The local date in `timezone`, `2017-01-06` (the raw `at` when unreadable).',
  'IncidentContext.site.index': 'The relative link to the index.',
  'SitePageContext.site.index': 'The relative link to the index.',
  ongoing: 'true while the impact has not ended (no `recovered` or `resolved` entry) and the status is an open one.',
  ended: 'Impact end: the `recovered` entry, else `resolved`; null while ongoing.',
  resolved: 'The `resolved` entry\'s time, or null.',
  'timeline[].local_time': 'The local time, `14:50:26`.',
  'site.feed': 'The relative link to the Atom feed.',
  'look.logo': 'The logo\'s URL, or null.',
  'look.links': 'The header links, in order.',
  'look.links[].label': 'The link\'s text.',
  'look.links[].url': 'Its absolute URL.',
  'look.colors': 'The colours as CSS custom properties (`--accent: #0969da;`), for a `style` attribute.',
  'SiteIndexContext.services[].days[].date': 'The UTC day, `YYYY-MM-DD`.',
  'SiteIndexContext.services[].days[].level': 'The worst state that day.',
  'SiteIndexContext.services[].days[].title': 'The tooltip: that day\'s incidents and their durations, or null on a day without.',
  roles: 'Who held each role, in order: commander, deputy, scribe, liaison, coordinator, experts (internal only).',
  'roles[].key': 'The role\'s field name, e.g. `incident_commander`.',
  'roles[].label': 'The role in words, e.g. "Incident commander".',
  timeline: 'Every timeline entry in time order (internal only; public documents get milestones from `started`, `ended`, `resolved`).',
  'timeline[].kind': 'The entry\'s kind, e.g. `detected`, `note`.',
  'timeline[].milestone': 'true for a milestone (started, detected, acknowledged, declared, mitigated, recovered, resolved).',
  'timeline[].by': 'Who did or said it, or null.',
  'timeline[].text': 'What happened, as written (use a helper such as `inline` to print it).',
  'timeline[].approx': 'true when the time is an estimate.',
  'recent[].at': 'As in `timeline`.',
  metrics: 'The response times that can be measured (internal only): time to detect, acknowledge, declare, mitigate, impact duration, time to resolve. [metrics.md](metrics.md) defines them.',
  'metrics[].key': 'The metric\'s id, e.g. `time_to_detect`.',
  'metrics[].label': 'The metric in words, e.g. "Time to detect".',
  'metrics[].ms': 'The duration in milliseconds (`{{duration ms}}` prints it).',
  'metrics[].from': 'The milestone it is measured from.',
  'metrics[].to': 'The milestone it is measured to.',
  impact: 'The impact (internal only).',
  'impact.summary': 'Who was affected, how, and for how long, or null.',
  'impact.figures': 'The measured figures, in order.',
  'impact.figures[].label': 'What was measured.',
  'impact.figures[].value': 'The figure, as text.',
  action_items: 'The action items (internal only).',
  'action_items[].id': 'Its id, e.g. `AI-1`.',
  'action_items[].title': 'What will be done, verb first.',
  'action_items[].type': 'prevent, detect, mitigate, process or other, or null.',
  'action_items[].owner': 'Who is responsible, or null.',
  'action_items[].due': 'Due date, `YYYY-MM-DD`, or null.',
  'action_items[].status': 'open, in-progress, done or wont-do.',
  'action_items[].reason': 'Why it was dropped (wont-do), or null.',
  'action_items[].issue': 'Link to its tracker issue, or null.',
  postmortem: 'The post-mortem process (internal only).',
  'postmortem.owner': 'Who owns the post-mortem, or null.',
  'postmortem.due': 'When it is due, `YYYY-MM-DD`, or null.',
  'postmortem.meeting': 'The post-mortem meeting, a date or date-time, or null.',
  'postmortem.status': 'draft, in-review, approved or published, or null.',
  public_summary: 'The body\'s Public summary section as safe Markdown, or null when there is none (public documents only).',
  'public_summary.summary': 'Its own text, or its `### Summary`, or null.',
  'public_summary.what_happened': 'Its `### What happened` (or a synonym), or null.',
  'public_summary.what_we_are_doing': 'Its `### What we are doing about this` (or a synonym), or null.',
  'public_summary.other_sections[].title': 'The subsection\'s heading.',
  site: 'On a page of the site: the site\'s title and the relative links to the index and the feed; null elsewhere.',
  'site.title': 'The site\'s title (site.title or site_title in .incident.yml).',
  'SitePageContext.site': 'The site: its title, relative links to the index and the feed, and its look.',
  'SitePageContext.site.logo': 'The logo\'s URL, or null.',
  'SitePageContext.site.links': 'The header links, in order.',
  'SitePageContext.site.links[].label': 'The link\'s text.',
  'SitePageContext.site.links[].url': 'Its absolute URL.',
  'SitePageContext.site.colors': 'The colours as CSS custom properties (`--accent: #0969da;`), for a `style` attribute.',
  'SitePageContext.updates': 'The incident\'s public updates, newest first.',
  'SitePageContext.updates[].id': 'An anchor id for the update (the feed links to it).',
  'SitePageContext.updates[].at': 'When it was posted, ISO 8601.',
  'SitePageContext.updates[].status': 'investigating, identified, monitoring or resolved.',
  'SitePageContext.updates[].text': 'What customers read (Markdown).',
  'SitePageContext.updates[].label': 'The status in words, e.g. "Identified".',
  'SitePageContext.open': 'true while the incident is open (under Active incidents on the index).',
  'SiteIndexContext.site': 'The site: its title, the index and feed file names, and its look.',
  'SiteIndexContext.site.index': 'The index\'s file name, `index.html`.',
  'SiteIndexContext.site.feed': 'The feed\'s file name, `feed.xml`.',
  'SiteIndexContext.site.logo': 'The logo\'s URL, or null.',
  'SiteIndexContext.site.links': 'The header links, in order.',
  'SiteIndexContext.site.links[].label': 'The link\'s text.',
  'SiteIndexContext.site.links[].url': 'Its absolute URL.',
  'SiteIndexContext.site.colors': 'The colours as CSS custom properties, for a `style` attribute.',
  'SiteIndexContext.timezone': 'Always `UTC`: the site shows times in UTC.',
  'SiteIndexContext.incidents': 'The history on this page, newest first (pages of 100).',
  'incidents[].id': 'The incident id.',
  'incidents[].title': 'Its title.',
  'incidents[].href': 'The link to its page (absolute in the feed when site_url is set, with `#<update>` for an update).',
  'incidents[].entry_id': 'A stable Atom id, `urn:casefile:incident:<id>` (`...:update:<at>` for an update).',
  'incidents[].severity': 'Its severity, or null.',
  'incidents[].started': 'Impact start, ISO 8601 in UTC, or null.',
  'incidents[].ended': 'Impact end, or null.',
  'incidents[].duration_ms': 'Impact duration in ms, or null.',
  'incidents[].duration_approx': 'true when an end of the impact is an estimate.',
  'incidents[].services': 'The services affected.',
  'SiteIndexContext.pages': 'The history\'s pagination, or null when it fits one page.',
  'SiteIndexContext.pages.number': 'This page\'s number, from 1.',
  'SiteIndexContext.pages.count': 'How many pages.',
  'SiteIndexContext.pages.newer': 'The file of the newer page, or null.',
  'SiteIndexContext.pages.older': 'The file of the older page, or null.',
  'SiteIndexContext.active[].id': 'The incident id.',
  'SiteIndexContext.active[].title': 'Its title.',
  'SiteIndexContext.active[].href': 'The link to its page.',
  'SiteIndexContext.active[].open': 'Always true here.',
  'SiteIndexContext.active[].status': 'investigating, identified or monitoring.',
  'SiteIndexContext.active[].impact': 'none, minor, major or critical (Statuspage\'s impact).',
  'SiteIndexContext.active[].component_status': 'The state it gives its services.',
  'SiteIndexContext.active[].services': 'The services affected.',
  'SiteIndexContext.active[].started': 'Impact start, or null.',
  'SiteIndexContext.active[].ended': 'Impact end, or null.',
  'SiteIndexContext.active[].resolved': 'Null while open.',
  'SiteIndexContext.active[].updates': 'Its public updates, newest first (as on its page).',
  'SiteIndexContext.active[].updates[].id': 'An anchor id for the update.',
  'SiteIndexContext.active[].updates[].at': 'When it was posted.',
  'SiteIndexContext.active[].updates[].status': 'investigating, identified, monitoring or resolved.',
  'SiteIndexContext.active[].updates[].text': 'What customers read (Markdown).',
  'SiteIndexContext.active[].updates[].label': 'The status in words.',
  'SiteIndexContext.active[].label': 'Its status in words, e.g. "Investigating".',
  'SiteIndexContext.status.indicator': 'none, minor, major, critical or maintenance.',
  'SiteIndexContext.status.description': 'The banner\'s words, e.g. "All Systems Operational".',
  'SiteIndexContext.status.open': 'true when any public incident is open.',
  'SiteIndexContext.services[].name': 'The service.',
  'SiteIndexContext.services[].label': 'Its state in words, e.g. "Partial outage".',
  'SiteIndexContext.services[].status': 'Its state: operational, under_maintenance, degraded_performance, partial_outage or major_outage.',
  'SiteIndexContext.services[].badge': 'The path of its SVG badge.',
  'SiteIndexContext.services[].feed': 'The path of its Atom feed.',
  'SiteFeedContext.site': 'The site: its title, the index\'s URL and the feed\'s own (`self`, null without site_url).',
  'SiteFeedContext.site.index': 'The index\'s URL (absolute when site_url is set).',
  'SiteFeedContext.site.feed': 'The feed\'s file name.',
  'SiteFeedContext.site.self': 'The feed\'s own absolute URL, or null without site_url.',
  'SiteFeedContext.timezone': 'Always `UTC`.',
  'SiteFeedContext.feed_id': 'The feed\'s Atom id, `urn:casefile:feed` (`...:<service>` for a service\'s).',
  'SiteFeedContext.updated': 'The newest entry\'s time, ISO 8601.',
  'SiteFeedContext.incidents': 'The entries, newest first: one per published post-mortem and one per public update (50 at most; 20 in a service\'s feed).',
  'ReportContext.ongoing': 'true while the impact has not ended, as known at the report\'s moment.',
  'ReportContext.since': 'With --since: from when the report shows what is new, in the incident\'s zone; else null.',
  'ReportContext.elapsed_ms': 'Time since the start (impact started, else declared, else the first entry) until resolution or now, or null.',
  'ReportContext.elapsed_approx': 'true when that time rests on an estimated time.',
  'ReportContext.elapsed_from': 'What it counts from: "impact started", "declared" or "the first entry", or null.',
  'ReportContext.symptoms': 'What is wrong: the title, the impact summary, and the first detected (or started) entry.',
  'ReportContext.symptoms.title': 'The incident\'s title.',
  'ReportContext.symptoms.summary': 'The impact summary, or null.',
  'ReportContext.symptoms.first': 'The first `detected` entry (else `started`), or null.',
  'ReportContext.observed': 'The first `finding` or `evidence` entry: whether the symptoms were observed directly, or null.',
  'ReportContext.data': 'Findings logged outside the threads (new ones only, with --since).',
  'ReportContext.data[].at': 'When.',
  'ReportContext.data[].by': 'Who, or null.',
  'ReportContext.data[].text': 'What was found.',
  'ReportContext.evidence': 'Saved evidence files.',
  'ReportContext.evidence[].file': 'The saved copy, relative to the incident file.',
  'ReportContext.evidence[].size': 'Its size in words, e.g. "1.4 KiB".',
  'ReportContext.evidence[].by': 'Who captured it, or null.',
  'ReportContext.evidence[].what': 'The command or the file it came from, or null.',
  'ReportContext.evidence[].note': 'What it is, or null.',
  'ReportContext.threads': 'Open threads that have an owner (with --since: those with something new), each with its latest findings.',
  'ThreadRow.question': 'The question.',
  'ThreadRow.owner': 'Who works on it, or null.',
  'ThreadRow.opened': 'When it was opened, or null.',
  'ThreadRow.answer': 'The answer once closed, or null.',
  'ThreadRow.closed': 'When it was closed, or null.',
  'ThreadRow.updates': 'Its findings, oldest first.',
  'ReportContext.threads[].question': 'The question.',
  'ReportContext.threads[].owner': 'Who works on it, or null.',
  'ReportContext.threads[].opened': 'When it was opened, or null.',
  'ReportContext.threads[].answer': 'The answer once closed, or null.',
  'ReportContext.threads[].closed': 'When it was closed, or null.',
  'ReportContext.threads[].updates': 'Its findings, oldest first.',
  'ReportContext.threads[].updates[].at': 'When.',
  'ReportContext.threads[].updates[].by': 'Who, or null.',
  'ReportContext.threads[].updates[].text': 'What was found.',
  'ReportContext.unowned[].updates[].at': 'When.',
  'ReportContext.unowned[].updates[].by': 'Who, or null.',
  'ReportContext.unowned[].updates[].text': 'What was found.',
  'ReportContext.unchanged_threads': 'With --since: how many owned open threads have nothing new.',
  'ReportContext.unowned': 'Open threads without an owner: interesting, but nobody is looking into them.',
  'ReportContext.answered': 'Threads closed with an answer.',
  'ReportContext.milestones': 'The milestones reached, each with the time since the start.',
  'ReportContext.milestones[].kind': 'The milestone.',
  'ReportContext.milestones[].at': 'When, ISO 8601.',
  'ReportContext.milestones[].after_ms': 'Milliseconds since the start, or null.',
  'ReportContext.milestones[].approx': 'true when either time is an estimate.',
  'ActionItemIssueContext.incident': 'The incident\'s frontmatter as written (every field; null where absent).',
  'ActionItemIssueContext.item': 'The action item as written: id, title, type, owner, due, status, reason, issue (null where absent).',
  'ActionItemIssueContext.file': 'The incident file, relative to the repository.',
  'ActionItemIssueContext.url': 'A link to the incident file on GitHub, when the repository is known.',
};
