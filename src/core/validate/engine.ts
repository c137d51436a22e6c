// Validates one incident file: reads it the cheap way (simple YAML reader, block-level Markdown
// scan), runs the rules, and only parses the YAML document for positions when there is a finding.
import type { Config } from '../config.ts';
import { DocumentError } from '../errors.ts';
import { splitFrontmatter } from '../document-split.ts';
import { filePosition, parseIncidentText, type Parsed } from '../document.ts';
import { parseSimpleYaml } from '../simple-yaml.ts';
import { scanBody } from '../markdown/sections.ts';
import { RULES } from '../rules/index.ts';
import { OPEN_STATUSES, type Status } from '../types.ts';
import type { Diagnostic, FieldPath, Report, Rule, RuleContext, Severity } from './types.ts';

export interface ValidateInput {
  file: string;
  text: string;
  config: Config;
  now: number;
  rules?: readonly Rule[];
  /** The skeleton body (templates/incident.md or the repository's own). */
  template?: string;
}

/** Findings of a file that cannot be read at all carry this rule id. */
export const UNREADABLE = 'frontmatter-yaml';

export async function validateText(input: ValidateInput): Promise<Diagnostic[]> {
  const { file, text } = input;
  let bodyStart: number;
  let data: Record<string, unknown> | undefined;
  let parsed: Parsed | undefined;
  try {
    const split = splitFrontmatter(text, file);
    bodyStart = split.bodyStart;
    data = parseSimpleYaml(text.slice(split.fmStart, split.fmEnd))?.data;
    if (!data) {
      parsed = parseIncidentText(text, file);
      data = parsed.data;
    }
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return [{ file, line: error.line ?? 1, column: error.column ?? 1, severity: 'error', message: error.message, ruleId: UNREADABLE }];
  }
  // The YAML document is only needed to say where a finding is.
  const document = () => (parsed ??= parseIncidentText(text, file));
  const diagnostics: Diagnostic[] = [];
  const status = data.status as Status;
  let body = scanBody(text, bodyStart);
  if (!body.exact) body = (await import('../markdown/remark-sections.ts')).remarkBody(text);
  const ctx: Omit<RuleContext, 'report'> = {
    file, text, data, body,
    config: input.config,
    now: input.now,
    template: input.template === undefined ? undefined : { text: input.template, body: scanBody(input.template, 0) },
  };
  for (const rule of input.rules ?? RULES) {
    const base = severityFor(rule, status);
    if (!base) continue;
    rule.check({
      ...ctx,
      report(r: Report) {
        const severity: Severity = r.severity === 'warning' ? 'warning' : base;
        const { line, column } = r.line !== undefined
          ? { line: r.line, column: r.column ?? 1 }
          : placeOf(document(), r.path ?? [], r.part ?? 'value');
        diagnostics.push({ file, line, column, severity, message: r.message, ruleId: rule.id });
      },
    });
  }
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Strictness follows status: format rules always error; post-mortem rules as the doc in types.ts says. */
export function severityFor(rule: Rule, status: unknown): Severity | undefined {
  if (rule.kind === 'format' || status === 'closed') return 'error';
  if (status === 'resolved') return 'warning';
  if (OPEN_STATUSES.includes(status as Status) || typeof status !== 'string') return rule.live ? 'warning' : undefined;
  return 'warning';
}

/** The file position of the value (or key) at `path`, or of its nearest existing ancestor. */
function placeOf(parsed: Parsed, path: FieldPath, part: 'key' | 'value'): { line: number; column: number } {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = parsed.doc.getIn(path.slice(0, depth - 1), true) as { items?: unknown[] } | undefined;
    const key = path[depth - 1];
    const item = findItem(parent, key);
    if (!item) continue;
    const node = part === 'key' && depth === path.length && item.key ? item.key : (item.value ?? item.key);
    const offset = (node as { range?: number[] } | null)?.range?.[0];
    if (offset !== undefined) return filePosition(parsed, offset);
  }
  return filePosition(parsed, 0);
}

function findItem(parent: { items?: unknown[] } | undefined, key: string | number | undefined) {
  const items = parent?.items;
  if (!items) return undefined;
  if (typeof key === 'number') {
    const node = items[key];
    return node === undefined ? undefined : { key: undefined, value: node };
  }
  for (const pair of items as { key?: { value?: unknown }; value?: unknown }[]) {
    if (pair?.key && (pair.key as { value?: unknown }).value === key) return { key: pair.key, value: pair.value };
  }
  return undefined;
}
