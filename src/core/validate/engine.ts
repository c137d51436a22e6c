// Validates one incident file: reads it the cheap way (simple YAML reader, block-level Markdown
// scan), runs the rules, and only parses the YAML document for positions when there is a finding.
import type { Config } from '../config/config.ts';
import { DocumentError } from '../util/errors.ts';
import { lineColumn, splitFrontmatter, type Split } from '../document/document-split.ts';
import type { Parsed } from '../document/document.ts';
import { lineColumnAt, parseSimpleYaml, placeAt, type SimpleDoc } from '../yaml/simple-yaml.ts';
import { scanBody, type Body } from '../markdown/sections.ts';
import { RULES } from '../rules/index.ts';
import { OPEN_STATUSES, type Status } from '../model/types.ts';
import { loadPublicCheck } from './public-check-lazy.ts';
import type { PublicTemplates } from '../publish/public-check.ts';
import { oneLine } from './format.ts';
import type { Diagnostic, FieldPath, Report, Rule, RuleContext, Severity } from '../rules/types.ts';

export interface ValidateInput {
  file: string;
  text: string;
  config: Config;
  now: number;
  rules?: readonly Rule[];
  /** The skeleton body (templates/incident.md or the repository's own). */
  template?: string;
  /** The templates public output is made from (default: the built-in ones). */
  publicTemplates?: PublicTemplates;
}

/** The rule that needs a public incident's output rendered (publish/public-check.ts). */
const PUBLIC_LEAK = 'public-leak';

/** Findings of a file that cannot be read at all carry this rule id. */
export const UNREADABLE = 'frontmatter-yaml';

export async function validateText(input: ValidateInput): Promise<Diagnostic[]> {
  return (await checkText(input)).diagnostics;
}

/** The findings, and the frontmatter data the rules saw (undefined when the file could not be read). */
export async function checkText(input: ValidateInput): Promise<{ diagnostics: Diagnostic[]; data?: Record<string, unknown> }> {
  const { file, text } = input;
  let split: Split;
  let data: Record<string, unknown> | undefined;
  let simple: SimpleDoc | undefined;
  let parsed: Parsed | undefined;
  try {
    split = splitFrontmatter(text, file);
    // With places: recording them costs less than reading the file again for its findings.
    simple = parseSimpleYaml(text.slice(split.fmStart, split.fmEnd), { places: true });
    data = simple?.data;
    if (!data) {
      // Only files the simple reader steps aside from load the YAML package.
      const { parseIncidentText } = await import('../document/document.ts');
      parsed = parseIncidentText(text, file);
      data = parsed.data;
    }
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return { diagnostics: [{ file, line: error.line ?? 1, column: error.column ?? 1, severity: 'error', message: oneLine(error.message), ruleId: UNREADABLE }] };
  }
  // Where a finding is: from the simple reader's places, or the YAML document for files only it reads.
  const where = (path: FieldPath, part: 'key' | 'value') =>
    simple ? simplePlaceOf(text, split.fmStart, simple, path, part) : placeOf(parsed!, path, part);
  const diagnostics: Diagnostic[] = [];
  const status = data.status as Status;
  let body = scanBody(text, split.bodyStart);
  if (!body.exact) body = (await import('../markdown/remark-sections.ts')).remarkBody(text);
  // Only public incidents are rendered (and the renderer loaded): most files never need it.
  const rules = input.rules ?? RULES;
  const publicLeaks = data.public === true && rules.some((r) => r.id === PUBLIC_LEAK)
    ? await renderedLeaks({ file, text, split, data, body, config: input.config, now: input.now, templates: input.publicTemplates })
    : undefined;
  // One context for all the rules: `rule` and `base` say whose findings are being reported.
  let rule: Rule;
  let base: Severity;
  const ctx: RuleContext = {
    file, text, data, body,
    config: input.config,
    now: input.now,
    template: input.template === undefined ? undefined : await templateOf(input.template),
    publicLeaks,
    lineOf: (path) => where(path, 'value').line,
    report(r: Report) {
      const severity: Severity = r.severity === 'warning' ? 'warning' : base;
      const { line, column } = r.line !== undefined
        ? { line: r.line, column: r.column ?? 1 }
        : where(r.path ?? [], r.part ?? 'value');
      diagnostics.push({ file, line, column, severity, message: oneLine(r.message), ruleId: rule.id });
    },
  };
  for (rule of rules) {
    const severity = severityFor(rule, status);
    if (!severity) continue;
    base = severity;
    rule.check(ctx);
  }
  return { diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.column - b.column), data };
}

async function renderedLeaks(input: import('../publish/public-check.ts').PublicInput) {
  const { publicLeaks } = await loadPublicCheck();
  try {
    return await publicLeaks(input);
  } catch (error) {
    // A shape the templates cannot render is the schema rule's to report; say why it was not checked.
    const why = error instanceof Error ? error.message : String(error);
    return [{ file: input.file, line: 1, column: 1, message: `Unexpected ${oneLine(why)} while rendering the public output, expected an incident the public templates can render (see the frontmatter-schema findings)` }];
  }
}

// Every file of a run has the same template: scanned once (with remark, as files are, where the scan is unsure).
let lastTemplate: { text: string; body: Body } | undefined;
async function templateOf(text: string) {
  if (lastTemplate?.text !== text) {
    let body = scanBody(text, 0);
    if (!body.exact) body = (await import('../markdown/remark-sections.ts')).remarkBody(text);
    lastTemplate = { text, body };
  }
  return lastTemplate;
}

/** Strictness follows status: format rules always error; post-mortem rules as the doc in types.ts says. */
export function severityFor(rule: Rule, status: unknown): Severity | undefined {
  if (rule.kind === 'format' || status === 'closed') return 'error';
  if (status === 'resolved') return 'warning';
  if (OPEN_STATUSES.includes(status as Status) || typeof status !== 'string') return rule.live ? 'warning' : undefined;
  return 'warning';
}

/** Like placeOf, from the simple reader's places (and its lines: no counting through the text per finding). */
function simplePlaceOf(text: string, fmStart: number, doc: SimpleDoc, path: FieldPath, part: 'key' | 'value') {
  let offset = 0;
  for (let depth = path.length; depth > 0; depth--) {
    const place = placeAt(doc, path.slice(0, depth));
    if (!place) continue;
    offset = part === 'key' && depth === path.length && place.key !== undefined ? place.key : place.value;
    break;
  }
  // The frontmatter starts a line (after `---`), so its own lines and columns add to that line's.
  const first = lineColumn(text, fmStart).line;
  const { line, column } = lineColumnAt(doc, offset);
  return { line: first + line, column: column + 1 };
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
    if (offset !== undefined) return lineColumn(parsed.text, parsed.split.fmStart + offset);
  }
  return lineColumn(parsed.text, parsed.split.fmStart);
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
