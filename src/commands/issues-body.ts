// The issue body: the repository's (or the default) action-item-issue template, then our marker,
// appended after rendering so that no template can drop it.
import { relative, sep } from 'node:path';
import { issueBody } from '../core/issue-sync/issue-sync-marker.ts';
import type { PlanEntry, SyncIncident } from '../core/issue-sync/issue-sync.ts';
import { renderTemplate } from '../core/render/compile.ts';
import { ownMarkdown } from '../core/markdown/markdown-out.ts';
import { incidentPath, type Repo } from '../io/repo.ts';
import { findTemplate, loadPartials } from '../io/templates.ts';

export const ISSUE_TEMPLATE = 'action-item-issue.md.hbs';

// Templates are strict (a missing field throws): optional fields are present, as null, so {{#if}} works.
const ITEM_FIELDS = ['id', 'title', 'type', 'owner', 'due', 'status', 'reason', 'issue'];
const INCIDENT_FIELDS = ['id', 'title', 'kind', 'severity', 'status', 'timezone', 'services', 'public', 'roles', 'impact', 'timeline', 'action_items', 'postmortem'];
const nulls = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, null]));

export function bodyRenderer(repo: Repo, incidents: readonly SyncIncident[], filesWebUrl?: string): (entry: PlanEntry) => string {
  const template = findTemplate(repo, ISSUE_TEMPLATE)!;
  const { partials } = loadPartials(repo, 'md');
  const byId = new Map(incidents.map((i) => [i.id, i]));
  return (entry) => {
    const incident = byId.get(entry.item.incident)!;
    const file = relative(repo.root, incidentPath(repo, incident.id)).split(sep).join('/');
    const raw = (incident.data.action_items as Record<string, unknown>[])[entry.item.index]!;
    const url = filesWebUrl ? `${filesWebUrl}/blob/HEAD/${file.split('/').map(encodeURIComponent).join('/')}` : undefined;
    const context = { incident: { ...nulls(INCIDENT_FIELDS), ...incident.data }, item: { ...nulls(ITEM_FIELDS), ...raw }, file, url };
    const rendered = renderTemplate(template.source, context, { format: 'md', partials, name: template.file });
    // The built-in template's Markdown as a tree, not wrapped: GitHub shows every line break of an issue body.
    return issueBody(ownMarkdown(template, rendered, { wrap: false }), incident.id, entry.item.id);
  };
}
