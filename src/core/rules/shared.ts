// Small helpers the validation rules share: reading the frontmatter data safely, positions, and
// whether a section is written (sections by name: markdown/named-sections.ts).
import { lineColumn, splitFrontmatter } from '../document/document-split.ts';
import { hasSectionText, sectionText, type Body, type Section } from '../markdown/sections.ts';
import type { RuleContext } from './types.ts';
import { findSections, isPublicSummary, synonymsOf } from '../markdown/named-sections.ts';

/** The value if it is a plain object (a YAML mapping), else undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The value if it is an array (a YAML sequence), else an empty array. */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Line and column of the first body line: the line after the closing `---`. */
export function bodyStart(text: string): { line: number; column: number } {
  const { line } = lineColumn(text, splitFrontmatter(text).fmEnd);
  return { line: line + 1, column: 1 };
}

/**
 * Whether a section holds writing of its own: text outside HTML comments that is not just the
 * template's guidance for the same section (`templateSection`, if the template has one).
 */
export function isWritten(ctx: Pick<RuleContext, 'text' | 'template'>, section: Section, templateSection?: Section): boolean {
  if (!section.hasContent) return false;
  const guidance = ctx.template && templateSection ? templateText(ctx.template.text, templateSection) : '';
  // Guidance only in comments (the default template): any text will do, no need to build it.
  if (guidance === '') return hasSectionText(ctx.text, section);
  const own = sectionText(ctx.text, section);
  return own !== '' && own !== guidance;
}

// The template is the same for every file of a run: its sections' text is computed once.
const templateTexts = new WeakMap<Section, string>();
function templateText(text: string, section: Section): string {
  let own = templateTexts.get(section);
  if (own === undefined) templateTexts.set(section, (own = sectionText(text, section)));
  return own;
}

/** The template's section for a canonical name (outside its Public summary unless `within` is given). */
export function templateSection(
  ctx: Pick<RuleContext, 'template'>, canonical: string, within?: (body: Body) => readonly Section[],
): Section | undefined {
  if (!ctx.template) return undefined;
  if (within) return findSections(within(ctx.template.body), canonical)[0];
  // Every file of a run has the same template: each name looked up once (required-sections asks
  // for seven names per file), not once per file.
  let byName = templateSections.get(ctx.template.body);
  if (!byName) templateSections.set(ctx.template.body, (byName = new Map()));
  if (!byName.has(canonical)) byName.set(canonical, findSections(ctx.template.body.sections, canonical, isPublicSummary)[0]);
  return byName.get(canonical);
}

const templateSections = new WeakMap<Body, Map<string, Section | undefined>>();

/** Line and column of a section's heading, for a report. */
export function at(section: Section): { line: number; column: number } {
  return { line: section.heading.line, column: section.heading.column };
}

/** `"## Resolution" (or Recovery, Resolution and recovery)`: how a missing section could be written. */
export function headingHint(canonical: string, depth = 2): string {
  const synonyms = synonymsOf(canonical).slice(0, 2);
  return `"${'#'.repeat(depth)} ${canonical}"${synonyms.length ? ` (or ${synonyms.join(', ')})` : ''}`;
}
