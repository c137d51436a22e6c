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

// Built by appending (no entry pairs, closures or joins per object): 10,000 incidents print tens
// of thousands of small objects (a person's roles in a month, each with its ids).
function print(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (isFlat(value)) return flatArray(value);
    const inner = indent + '  ';
    let text = `[\n${inner}${print(value[0], inner)}`;
    for (let k = 1; k < value.length; k++) text += `,\n${inner}${print(value[k], inner)}`;
    return `${text}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = indent + '  ';
    let text = '';
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) continue;
      text += `${text ? ',\n' : ''}${inner}${JSON.stringify(key)}: ${print(v, inner)}`;
    }
    return text ? `{\n${text}\n${indent}}` : '{}';
  }
  return JSON.stringify(value) ?? 'null';
}

/** A list of plain values on one line, `["a", "b"]`. */
function flatArray(value: unknown[]): string {
  // A list of strings (the ids behind a figure, most of the output) joined natively when none of
  // them holds what JSON escapes (a quote, a backslash, a control character, a surrogate: an emoji
  // too, which then simply takes the slow way).
  if (value.every((v) => typeof v === 'string') && !ESCAPED.test(value.join(''))) return `["${value.join('", "')}"]`;
  return `[${value.map((v) => JSON.stringify(v) ?? 'null').join(', ')}]`;
}

const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
