// What `incident close` prints after closing: each finding `incident validate` will still report,
// with the command (or the edit) that fixes it.
import type { Diagnostic } from '../rules/types.ts';

export interface Hint {
  line: number;
  severity: Diagnostic['severity'];
  message: string;
  fix: string;
}

export function closeHints(diagnostics: readonly Diagnostic[], id: string, file: string, data: Record<string, unknown> | undefined): Hint[] {
  return diagnostics.map((d) => ({ line: d.line, severity: d.severity, message: d.message, fix: fixFor(d, id, file, data) }));
}

function fixFor(d: Diagnostic, id: string, file: string, data: Record<string, unknown> | undefined): string {
  const m = d.message;
  let g: RegExpExecArray | null;
  if ((g = /^Missing owner for action item ([^\s,]+)/.exec(m))) return `incident action ${id} ${g[1]} --owner <name>`;
  if ((g = /^Missing due date for action item ([^\s,]+)/.exec(m))) return `incident action ${id} ${g[1]} --due YYYY-MM-DD`;
  if (m.startsWith('Missing action items')) return `incident action ${id} add "<verb-first title>" --owner <name> --due YYYY-MM-DD (or no_action_items: <why> in ${file})`;
  if ((g = /^Unexpected action item title "(.*)", expected/.exec(m))) {
    const items = Array.isArray(data?.action_items) ? (data!.action_items as { id?: unknown; title?: unknown }[]) : [];
    const item = items.find((a) => a?.title === g![1]);
    return `incident action ${id} ${item?.id ?? 'AI-<n>'} --title "<Verb ...>"`;
  }
  if (m.startsWith('Missing post-mortem owner')) return `incident close ${id} --owner <name>`;
  if (/^Unexpected post-mortem .* after its due date/.test(m)) return `incident review ${id} request, then approve --by <reviewer>`;
  if (m.startsWith('Missing incident commander')) return `incident role ${id} --commander <name> --at <time>`;
  if (m.startsWith('Missing scribe')) return `incident role ${id} --scribe <name> --at <time>`;
  if ((g = /^(?:Missing section|Unexpected empty section) "([^"]+)"/.exec(m))) return `edit the body of ${file}: write the "${g[1]}" section`;
  if (/public summary/i.test(m)) return `edit the body of ${file}: the "Public summary" section`;
  if (d.ruleId === 'timeline-order' || d.ruleId === 'timeline-times') return `incident show ${id} numbers the entries; incident amend ${id} <n> --at <time> (or --kind, --text)`;
  return `edit ${file}:${d.line}:${d.column}`;
}
