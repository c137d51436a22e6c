// The insights as JSON: indented like JSON.stringify(value, null, 2), except that a list of plain
// values (the incident ids behind a figure) stays on one line, which keeps a year of incidents
// readable and the output a third smaller. Given in pieces (a few levels deep), so that the
// output of 10,000 incidents (tens of MB) is written as it is made, never held whole.
export function insightsJson(value: unknown): string {
  return [...insightsJsonChunks(value)].join('');
}

/** insightsJson's text, piece by piece: each figure's subtree whole, the structure around it. */
export function* insightsJsonChunks(value: unknown): Generator<string> {
  yield* pieces(value, '', 0);
  yield '\n';
}

const WHOLE_BELOW = 3; // levels given in pieces; deeper subtrees are one string each

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth >= WHOLE_BELOW || value === null || typeof value !== 'object' || isFlat(value)) {
    yield print(value, indent);
    return;
  }
  const inner = indent + '  ';
  const entries: [string | undefined, unknown][] = Array.isArray(value)
    ? value.map((v) => [undefined, v])
    : Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) {
    yield Array.isArray(value) ? '[]' : '{}';
    return;
  }
  yield Array.isArray(value) ? '[\n' : '{\n';
  for (let k = 0; k < entries.length; k++) {
    const [key, v] = entries[k]!;
    yield key === undefined ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* pieces(v, inner, depth + 1);
    yield k < entries.length - 1 ? ',\n' : '';
  }
  yield `\n${indent}${Array.isArray(value) ? ']' : '}'}`;
}

const isFlat = (value: object) => Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object');

function print(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) return flatArray(value);
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + print(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${print(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A list of plain values on one line, `["a", "b"]`. */
function flatArray(value: unknown[]): string {
  // A list of strings (the ids behind a figure, most of the output) in one native call: when its
  // JSON has no backslash, no string held a quote (nor anything else escaped), so every `","` in it
  // is between two strings, unless a string is "," itself.
  if (value.every((v) => typeof v === 'string') && !value.includes(',')) {
    const json = JSON.stringify(value);
    if (!json.includes('\\')) return json.replaceAll('","', '", "');
  }
  return `[${value.map((v) => JSON.stringify(v) ?? 'null').join(', ')}]`;
}
