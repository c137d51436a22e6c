// `incident issues` as text: what changed (or would), a summary table, overdue items, counts.
import { oneLine, textTable } from '../core/util/text-table.ts';
import type { Change } from '../core/issue-sync/issue-sync.ts';
import type { IssuesResult, ItemOutcome } from './issues.ts';
import { codeSpan, inlineMarkdown as inline } from '../core/render/escape.ts';
import { markdownOut } from '../core/markdown/markdown-out.ts';

/** One line per change made (or planned), for stdout. */
export function formatChanges(result: IssuesResult): string[] {
  const lines: string[] = [];
  for (const o of result.items) {
    const where = `${o.file}: ${o.item}`;
    const ref = o.issue ? `#${o.issue.number}` : '';
    if (o.action === 'failed') lines.push(`${where} failed: ${o.error}`);
    else if (o.action === 'create' && !result.dryRun) lines.push(`${where} -> ${ref} created ${o.issue?.url ?? ''}`.trimEnd());
    else if (o.action === 'adopt') lines.push(`${where} -> ${ref} ${result.dryRun ? 'would be adopted' : 'adopted'} (it carries this item's marker) ${o.issue?.url ?? ''}`.trimEnd());
    const changes = o.changes.filter((c) => c.field !== 'issue').map(describe);
    if (changes.length) lines.push(`${where} ${changes.join(', ')}${ref ? ` (from ${ref})` : ''}`);
    if (o.note && o.action !== 'nothing') lines.push(`${where} note: ${o.note}`);
  }
  return lines;
}

export function formatSummary(result: IssuesResult): string {
  const header = result.dryRun ? ['incident', 'item', 'plan', 'issue', 'detail'] : ['incident', 'item', 'action', 'issue', 'status', 'detail'];
  const rows = result.items.map((o) => {
    const issue = o.issue ? `#${o.issue.number}` : '';
    return result.dryRun
      ? [o.incident, o.item, o.action, issue, detail(o)]
      : [o.incident, o.item, o.action, issue, o.status, o.error ?? o.note ?? ''];
  });
  const parts = [rows.length ? textTable([header, ...rows.map((r) => r.map(oneLine))]) : 'no action items'];
  if (result.overdue.length) {
    parts.push(`overdue (${result.overdue.length}):`);
    parts.push(textTable(result.overdue.map((o) => [o.incident, o.item, `due ${o.due}`, o.owner ?? '', o.issue ?? '', oneLine(o.title)]), '  '));
  }
  for (const w of result.warnings) parts.push(`warning: ${w}`);
  parts.push(countsLine(result));
  return parts.join('\n');
}

/**
 * The Action's job summary: the counts, then each item that changed (or failed) and each overdue
 * one as a list item (a row of the text table is wider than a Markdown line may be); the items
 * with nothing to do are only counted.
 */
export function summaryMarkdown(result: IssuesResult): string {
  const out = ['# Casefile: action item issues', '', `${inline(countsLine(result))}.`, ''];
  const item = (o: { incident: string; item: string }) => `${codeSpan(o.incident)} ${inline(o.item)}`;
  const done = result.items.filter((o) => o.action !== 'nothing');
  if (done.length) {
    out.push('## Changes', '');
    for (const o of done) {
      const issue = o.issue ? ` [#${o.issue.number}](${o.issue.url})` : '';
      const what = o.action === 'failed' ? `failed: ${o.error ?? ''}` : [`${o.action}, ${o.status}`, ...detail(o) ? [detail(o)] : []].join('; ');
      out.push(`- ${item(o)}${issue}: ${inline(what)}`);
    }
    out.push('');
  }
  if (result.overdue.length) {
    out.push('## Overdue', '');
    for (const o of result.overdue) out.push(`- ${item(o)}${o.issue ? ` ${inline(o.issue)}` : ''}: ${inline(`due ${o.due}${o.owner ? `, ${o.owner}` : ''}: ${o.title}`)}`);
    out.push('');
  }
  if (result.warnings.length) out.push('## Warnings', '', ...result.warnings.map((w) => `- ${inline(w)}`), '');
  return markdownOut(out.join('\n'));
}

function countsLine(r: IssuesResult): string {
  const c = r.counts;
  const head = r.dryRun ? `dry run for ${r.repo}, nothing written: would create ${c.create}, adopt ${c.adopt}, update ${c.update}`
    : `${r.repo}: ${c.create} created, ${c.adopt} adopted, ${c.update} updated`;
  return `${head}, ${c.nothing} unchanged${c.failed ? `, ${c.failed} failed` : ''}`;
}

function detail(o: ItemOutcome): string {
  if (o.create) {
    const assign = o.create.assignee ? `; assign ${o.create.assignee}` : '';
    return `labels ${o.create.labels.join(', ')}${assign}`;
  }
  const changes = o.changes.filter((c) => c.field !== 'issue').map(describe);
  return [...changes, ...(o.note ? [o.note] : [])].join('; ');
}

function describe(c: Change): string {
  return c.field === 'status' ? `status ${c.from ?? 'open'} -> ${c.to}` : `${c.field} ${JSON.stringify(c.to)}`;
}
