// Small helpers the validation rules share: reading the frontmatter data safely, positions, and
// finding post-mortem sections by canonical name or synonym.
import { lineColumn, splitFrontmatter } from '../document/document-split.ts';
import { hasSectionText, normalizeTitle, sectionText, type Body, type Section } from '../markdown/sections.ts';
import type { RuleContext } from '../validate/types.ts';
import { SECTION_PURPOSES, SECTION_SYNONYMS } from './section-synonyms.ts';

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

/** The synonym table's key for a name: itself, or the canonical name it is a synonym of (a config may list "Root cause"). */
function groupOf(name: string): string {
  const key = normalizeTitle(name);
  if (SECTION_SYNONYMS[key]) return key;
  const group = Object.entries(SECTION_SYNONYMS).find(([, synonyms]) => synonyms.some((s) => normalizeTitle(s) === key));
  return group?.[0] ?? key;
}

/** The name and every other name of its section, normalised. */
export function sectionNames(name: string): Set<string> {
  let names = namesMemo.get(name);
  if (!names) {
    const key = groupOf(name);
    names = new Set([normalizeTitle(name), key, ...(SECTION_SYNONYMS[key] ?? []).map(normalizeTitle)]);
    namesMemo.set(name, names);
  }
  return names;
}

// Section names come from the config and a fixed table: computed once each.
const namesMemo = new Map<string, Set<string>>();

/** The other names of a section, as written (for messages). */
export function synonymsOf(name: string): readonly string[] {
  const own = normalizeTitle(name);
  const key = groupOf(name);
  const names = key === own ? [] : [key.charAt(0).toUpperCase() + key.slice(1)];
  return [...names, ...(SECTION_SYNONYMS[key] ?? []).filter((s) => normalizeTitle(s) !== own)];
}

/** What a section should hold, for messages ("expected what happened to whom"). */
export function purposeOf(name: string): string {
  return SECTION_PURPOSES[groupOf(name)] ?? 'some text';
}

/** Every section of a tree, depth first, in file order; `skip` prunes a section and its subsections. */
export function flatten(sections: readonly Section[], skip?: (section: Section) => boolean): Section[] {
  const out: Section[] = [];
  const walk = (list: readonly Section[]) => {
    for (const section of list) {
      if (skip?.(section)) continue;
      out.push(section);
      walk(section.children);
    }
  };
  walk(sections);
  return out;
}

/** Sections whose heading is the canonical name or one of its synonyms, in file order. */
export function findSections(sections: readonly Section[], canonical: string, skip?: (section: Section) => boolean): Section[] {
  const names = sectionNames(canonical);
  const found: Section[] = [];
  for (const { section, title } of titled(sections, skip)) if (names.has(title)) found.push(section);
  return found;
}

// Rules look for several names in the same tree (required-sections: each configured section, in
// the file and in the template): each tree is flattened, and its titles normalised, once per `skip`.
const titledMemo = new WeakMap<readonly Section[], Map<unknown, { section: Section; title: string }[]>>();
function titled(sections: readonly Section[], skip?: (section: Section) => boolean): { section: Section; title: string }[] {
  let bySkip = titledMemo.get(sections);
  if (!bySkip) titledMemo.set(sections, (bySkip = new Map()));
  let list = bySkip.get(skip);
  if (!list) {
    list = flatten(sections, skip).map((section) => ({ section, title: normalizeTitle(section.heading.text) }));
    bySkip.set(skip, list);
  }
  return list;
}

/** The Public summary section(s): required sections are never looked for inside them. */
export const isPublicSummary = (section: Section) => sectionNames('Public summary').has(normalizeTitle(section.heading.text));

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
  const roots = within ? within(ctx.template.body) : ctx.template.body.sections;
  return findSections(roots, canonical, within ? undefined : isPublicSummary)[0];
}

/** Line and column of a section's heading, for a report. */
export function at(section: Section): { line: number; column: number } {
  return { line: section.heading.line, column: section.heading.column };
}

/** `"## Resolution" (or Recovery, Resolution and recovery)`: how a missing section could be written. */
export function headingHint(canonical: string, depth = 2): string {
  const synonyms = synonymsOf(canonical).slice(0, 2);
  return `"${'#'.repeat(depth)} ${canonical}"${synonyms.length ? ` (or ${synonyms.join(', ')})` : ''}`;
}
