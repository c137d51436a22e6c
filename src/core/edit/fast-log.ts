// `incident log`'s fast path: add one timeline entry to a plain frontmatter without the YAML
// package. Steps aside (undefined) whenever the simple reader does, and checks its own result
// by reading it back; the caller then takes the YAML-document path.
import { beforeComments, splitFrontmatter } from '../document/document-split.ts';
import { inlineValue } from '../yaml/fast-frontmatter.ts';
import { parseSimpleYaml } from '../yaml/simple-yaml.ts';
import { rereadData } from '../yaml/reread.ts';
import { insertionIndex, isValidTimeZone, latestInstant } from '../timeline/timeline.ts';
import type { TimelineEntry } from '../model/types.ts';

export interface FastTimeline {
  timeline: TimelineEntry[];
  timeZone: string;
  latest: number | undefined;
  /** Inserts the entry at its place in time (`ms`): the new text and its timeline as read back; undefined if it does not read back. */
  insert(entry: TimelineEntry, ms: number): { text: string; timeline: unknown[] } | undefined;
}

export function fastTimeline(text: string, file: string, fallbackZone: () => string): FastTimeline | undefined {
  const split = splitFrontmatter(text, file);
  const fm = text.slice(split.fmStart, split.fmEnd);
  const doc = parseSimpleYaml(fm);
  const layout = doc?.seqs.get('timeline');
  const timeline = doc?.data.timeline;
  if (!doc || !layout || !Array.isArray(timeline)) return undefined;
  if (!timeline.every((e) => typeof e === 'object' && e !== null && !Array.isArray(e))) return undefined;
  const tz = doc.data.timezone ?? fallbackZone();
  if (typeof tz !== 'string' || !isValidTimeZone(tz)) return undefined; // the slow path says where
  const entries = timeline as TimelineEntry[];
  return {
    timeline: entries,
    timeZone: tz,
    latest: latestInstant(entries),
    insert(entry, ms) {
      const index = insertionIndex(entries, ms);
      const at = index < layout.items.length ? beforeComments(fm, layout.items[index]!) : layout.end;
      const lines = (at > 0 && fm[at - 1] !== '\n' ? split.eol : '') + entryLines(entry, ' '.repeat(layout.indent), split.eol);
      const nextFm = fm.slice(0, at) + lines + fm.slice(at);
      // Read back where it went (its lines and the entry before), not the whole frontmatter again.
      const check = (rereadData(fm, doc, [{ start: at, end: at, text: lines }], nextFm) ?? parseSimpleYaml(nextFm)?.data)?.timeline;
      if (!Array.isArray(check) || check.length !== entries.length + 1) return undefined;
      if (JSON.stringify(check[index]) !== JSON.stringify(entry)) return undefined;
      return { text: text.slice(0, split.fmStart) + nextFm + text.slice(split.fmEnd), timeline: check };
    },
  };
}

function entryLines(entry: TimelineEntry, indent: string, eol: string): string {
  return Object.entries(entry)
    .map(([key, value], i) => `${indent}${i === 0 ? '- ' : '  '}${key}: ${scalar(value)}${eol}`)
    .join('');
}

/** Plain when the simple reader (equal to `yaml` by test) reads it back as the same string. */
function scalar(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  return value.trim() === value && !/[\n#]/.test(value) && inlineValue(value) === value ? value : JSON.stringify(value);
}
