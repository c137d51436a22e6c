// Post-mortem sections found by name: a canonical name or any of its usual synonyms (the table in
// section-synonyms.ts), in a body's section tree. Used by the rules, the renderer and drills alike.
import { normalizeTitle, type Section } from './sections.ts';
import { SECTION_PURPOSES, SECTION_SYNONYMS } from './section-synonyms.ts';

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
