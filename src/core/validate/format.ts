// Printing diagnostics: `pretty` (vfile-reporter style), `json`, and `github` (workflow commands,
// which GitHub shows as annotations on the pull request's diff).
import { ruleUrl } from './rule-url.ts';
import type { Diagnostic } from '../rules/types.ts';

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
  return diagnostics.map(prettyLine).join('') + prettyTotal(summary);
}

/** One diagnostic as the pretty report prints it, line break included (the form the cache keeps). */
export const prettyLine = (d: Diagnostic): string =>
  `${d.file}:${d.line}:${d.column} ${d.severity === 'error' ? 'error  ' : 'warning'} ${d.message}  ${d.ruleId}\n`;

/** The pretty report's last line: the counts, or that all is well. */
export function prettyTotal(summary: Summary): string {
  const counts = [
    summary.errors && `${summary.errors} error${summary.errors === 1 ? '' : 's'}`,
    summary.warnings && `${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`,
  ].filter(Boolean);
  const files = `${summary.files} file${summary.files === 1 ? '' : 's'}`;
  return `${counts.length ? `${counts.join(', ')} in ${files}` : `${files} checked, no problems`}\n`;
}

/**
 * The diagnostics of one file's pretty lines, read back (`null` when a line is not one): messages
 * are one line and rule ids have no spaces, so the last two spaces of a line end its message.
 */
export function readPretty(file: string, printed: string): Diagnostic[] | null {
  const diagnostics: Diagnostic[] = [];
  for (const line of printed.split('\n')) {
    if (line === '') continue;
    const m = line.startsWith(`${file}:`) ? PRETTY.exec(line.slice(file.length + 1)) : null;
    if (!m) return null;
    diagnostics.push({ file, line: Number(m[1]), column: Number(m[2]), severity: m[3] === 'error  ' ? 'error' : 'warning', message: m[4]!, ruleId: m[5]! });
  }
  return diagnostics;
}

const PRETTY = /^(\d+):(\d+) (error  |warning) (.*)  (\S+)$/;

/** A message on one line, whatever text it quotes (a title with a line break, say). */
export const oneLine = (message: string): string => (/[\r\n]/.test(message) ? message.replace(/\r\n?|\n/g, '\\n') : message);

/** The report as JSON: each diagnostic with the `url` of its rule's page. */
export function formatJson(diagnostics: readonly Diagnostic[], summary: Summary): string {
  return JSON.stringify({ ...summary, diagnostics: diagnostics.map((d) => ({ ...d, url: ruleUrl(d.ruleId) })) }, null, 2) + '\n';
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
