// An incident file: YAML frontmatter between `---` lines, then the Markdown body.
// We keep the exact offsets of every part so writes can splice text instead of re-stringifying.
import { parseDocument, visit, isAlias, isMap, isScalar, type Document } from 'yaml';
import { DocumentError } from '../util/errors.ts';

export { lineColumn, splitFrontmatter, type Split } from './document-split.ts';
import { lineColumn, splitFrontmatter, type Split } from './document-split.ts';

export interface Parsed {
  text: string;
  split: Split;
  /** The YAML document of the frontmatter; node ranges are offsets into the frontmatter text. */
  doc: Document.Parsed;
  data: Record<string, unknown>;
  /** The file as named in messages (edits that refuse point at it). */
  file?: string;
}

/** 1-based line and column in the file of an offset in the frontmatter text. */
export const filePosition = (parsed: Pick<Parsed, 'text' | 'split'>, fmOffset: number) =>
  lineColumn(parsed.text, parsed.split.fmStart + fmOffset);

/**
 * Parses a whole incident file. Rejects what has no place in an incident record and could hurt:
 * YAML aliases (alias bombs), `__proto__` keys, and a frontmatter that is not a mapping.
 */
export function parseIncidentText(text: string, file?: string): Parsed {
  const split = splitFrontmatter(text, file);
  const fm = text.slice(split.fmStart, split.fmEnd);
  const doc = parseDocument(fm, { prettyErrors: false, uniqueKeys: true, schema: 'core', strict: true });
  const at = (offset: number) => filePosition({ text, split }, offset);
  const firstError = doc.errors[0];
  if (firstError) {
    const { line, column } = at(firstError.pos[0]);
    throw new DocumentError(`Invalid YAML: ${yamlReason(firstError.message)}`, file, line, column);
  }
  visit(doc, {
    Alias(_key, node) {
      const { line, column } = at(node.range?.[0] ?? 0);
      throw new DocumentError(
        `Unexpected YAML alias "*${node.source}", expected plain values (anchors and aliases are not allowed in incident files)`,
        file, line, column,
      );
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__') {
        const { line, column } = at(pair.key.range?.[0] ?? 0);
        throw new DocumentError('Unexpected key "__proto__", expected a frontmatter field name', file, line, column);
      }
    },
  });
  if (!isMap(doc.contents)) {
    const offset = doc.contents?.range?.[0] ?? 0;
    const { line, column } = at(offset);
    const what = doc.contents === null ? 'an empty frontmatter' : isAlias(doc.contents) ? 'an alias' : 'a single value';
    throw new DocumentError(`Unexpected ${what}, expected frontmatter fields as \`key: value\` lines`, file, line, column);
  }
  const data = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
  return { text, split, doc, data, file };
}

/** "Map keys must be unique at line 2, column 1:\n..." -> "map keys must be unique". */
export function yamlReason(message: string): string {
  const first = message.split(/ at line \d+, column \d+|\n/)[0] ?? message;
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/** A DocumentError pointing at the frontmatter node at `path` (or at the top when it is absent). */
export function fieldError(parsed: Parsed, path: readonly (string | number)[], message: string, file?: string): DocumentError {
  const node = parsed.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const { line, column } = filePosition(parsed, node?.range?.[0] ?? 0);
  return new DocumentError(message, file, line, column);
}

/** A whole YAML file (the config) as plain data; malformed YAML is a positioned DocumentError. */
export function parseYamlFile(text: string, file: string): unknown {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const { line, column } = lineColumn(text, error.pos[0]);
    throw new DocumentError(`Invalid YAML: ${yamlReason(error.message)}`, file, line, column);
  }
  // Aliases are refused, as in incident files (an alias bomb expands to billions of nodes).
  visit(doc, {
    Alias(_key, node) {
      const { line, column } = lineColumn(text, node.range?.[0] ?? 0);
      throw new DocumentError(
        `Unexpected YAML alias "*${node.source}", expected plain values (anchors and aliases are not allowed in ${file})`,
        file, line, column,
      );
    },
  });
  return doc.toJS({ maxAliasCount: 0 });
}
