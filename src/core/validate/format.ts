// Printing diagnostics: `pretty` (vfile-reporter style), `json`, and `github` (workflow commands,
// which GitHub shows as annotations on the pull request's diff).
import type { Diagnostic } from './types.ts';

export type Format = 'pretty' | 'json' | 'github';
export const FORMATS: readonly Format[] = ['pretty', 'json', 'github'];

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

export function summarize(files: number, diagnostics: readonly Diagnostic[]): Summary {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { files, errors, warnings: diagnostics.length - errors };
}

/** `incidents/x.md:7:11 error Unexpected ..., expected ...  rule-id`, grouped by file, then a total. */
export function formatPretty(diagnostics: readonly Diagnostic[], summary: Summary): string {
  const lines = diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity === 'error' ? 'error  ' : 'warning'} ${d.message}  ${d.ruleId}`);
  const counts = [
    summary.errors && `${summary.errors} error${summary.errors === 1 ? '' : 's'}`,
    summary.warnings && `${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`,
  ].filter(Boolean);
  const files = `${summary.files} file${summary.files === 1 ? '' : 's'}`;
  lines.push(counts.length ? `${counts.join(', ')} in ${files}` : `${files} checked, no problems`);
  return lines.join('\n') + '\n';
}

export function formatJson(diagnostics: readonly Diagnostic[], summary: Summary): string {
  return JSON.stringify({ ...summary, diagnostics }, null, 2) + '\n';
}

/**
 * GitHub workflow commands. A step shows at most 10 annotations of each kind, so errors come
 * first, and the full list is in the log (and the job summary, in the Action).
 */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  const ordered = [...diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return ordered
    .map((d) => workflowCommand(d.severity, { file: d.file, line: d.line, col: d.column, title: d.ruleId }, d.message))
    .join('\n') + (ordered.length ? '\n' : '');
}

/** A workflow command line (`::error file=x,line=3::message`), escaped as the runner expects. */
export function workflowCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${property(String(v))}`);
  return `::${name}${props.length ? ' ' + props.join(',') : ''}::${data(message)}`;
}

// Escaping as the runner reads it: data escapes %, CR, LF; properties also : and ,.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
