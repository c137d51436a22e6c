// JSON reading for sources: a parse error names the file, line and column.
import { DocumentError } from '../util/errors.ts';
import type { ImportInput } from './types.ts';

/** Parses one input file as JSON; `Unexpected ..., expected JSON` at file:line:column on failure. */
export function readJson(input: ImportInput, path: string): unknown {
  const text = input.text(path);
  try {
    return JSON.parse(text);
  } catch (err) {
    const { line, column } = errorPlace(text, (err as Error).message);
    const what = (err as Error).message.replace(/ in JSON at position \d+.*$/s, '').replace(/^Unexpected /, '');
    throw new DocumentError(`Unexpected ${what || 'text'}, expected JSON`, fileName(input, path), line, column);
  }
}

/** The name to show for a file of the input: the path as typed, joined with the listed path. */
export const fileName = (input: ImportInput, path: string) =>
  input.directory ? `${input.root.replace(/\/+$/, '')}/${path}` : input.root;

function errorPlace(text: string, message: string): { line: number; column: number } {
  const m = /position (\d+)/.exec(message) ?? /line (\d+) column (\d+)/.exec(message);
  if (!m) return { line: 1, column: 1 };
  if (m.length === 3) return { line: Number(m[1]), column: Number(m[2]) };
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, column: pos - before.lastIndexOf('\n') };
}
