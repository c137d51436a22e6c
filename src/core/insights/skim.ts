// A quick read of what the insights need from a frontmatter, for 10,000 files at once: the
// top-level scalars (fast-frontmatter.ts), the timeline's at, kind, by and approx read line by line
// (its texts are skipped, not parsed: they are most of a file), and the small blocks (roles,
// action_items, postmortem) by the simple YAML reader. It returns undefined whenever a line is not
// of the plain shapes it knows, and the caller reads the file with the simple reader, then the
// parser. test/insights-skim.test.ts proves it gives what the simple reader gives, on every file of
// the test corpora and on generated ones.
import { inlineValue, quickFields, stripComment, type QuickValue } from '../yaml/fast-frontmatter.ts';
import { parseSimpleYaml } from '../yaml/simple-yaml.ts';

const SCALARS = new Set(['id', 'kind', 'severity', 'status', 'timezone', 'services', 'tags']);
const BLOCKS = new Set(['roles', 'action_items', 'postmortem']);
const KEY = /^([A-Za-z_][\w-]*):(?:[ ]+(.*))?$/;

/** `fm` is the frontmatter's text (between the `---` lines). */
export function skimFrontmatter(fm: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> | undefined = quickFields(`---\n${fm}---\n`, SCALARS);
  if (!data) return undefined;
  // Top-level blocks: a key at column 0 and the lines under it.
  const starts: number[] = [];
  for (let pos = 0; pos < fm.length; ) {
    const c = fm.charCodeAt(pos);
    if (c !== 32 && c !== 35 && c !== 45 && c !== 10 && c !== 13) starts.push(pos); // not space, #, -, blank
    const nl = fm.indexOf('\n', pos);
    pos = nl === -1 ? fm.length : nl + 1;
  }
  for (let k = 0; k < starts.length; k++) {
    const block = fm.slice(starts[k], starts[k + 1] ?? fm.length);
    const key = /^[A-Za-z_][\w-]*/.exec(block)?.[0];
    if (key === 'timeline') {
      const timeline = skimTimeline(block);
      if (!timeline) return undefined;
      data.timeline = timeline;
    } else if (key && BLOCKS.has(key)) {
      const doc = parseSimpleYaml(block);
      if (!doc) return undefined;
      data[key] = doc.data[key] ?? null;
    }
  }
  return data;
}

/** The timeline block's entries (at, kind, by, approx only), or undefined when unsure. */
function skimTimeline(block: string): Record<string, QuickValue>[] | undefined {
  let pos = block.indexOf('\n');
  const head = KEY.exec(block.slice(0, pos === -1 ? block.length : pos).replace(/\r$/, ''));
  if (!head) return undefined;
  const inline = stripComment(head[2] ?? '');
  if (inline === '[]') return [];
  if (inline !== '' || pos === -1) return inline === '' ? [] : undefined;
  pos++;
  const entries: Record<string, QuickValue>[] = [];
  let item: Record<string, QuickValue> | undefined;
  let keys: string[] = []; // every key of the item, for the duplicate check
  let itemIndent = -1;
  // Lines more indented than the keys belong to the last key's value: fine for a text, not for ours.
  let mayContinue = false;
  const n = block.length;
  while (pos < n) {
    let end = block.indexOf('\n', pos);
    if (end === -1) end = n;
    const lineEnd = end > pos && block.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const from = pos;
    pos = end + 1;
    let i = from;
    while (i < lineEnd && block.charCodeAt(i) === 32) i++;
    const c = block.charCodeAt(i);
    if (i === lineEnd || c === 35 /* # */) {
      for (let t = from; t < lineEnd; t++) if (block.charCodeAt(t) === 9) return undefined;
      continue; // blank or a comment (or a blank line of a block scalar)
    }
    if (c === 9) return undefined; // a tab where indentation is
    const indent = i - from;
    if (itemIndent >= 0 && indent > itemIndent + 2) {
      if (!mayContinue) return undefined;
      continue;
    }
    let k: number;
    if (c === 45 /* - */ && block.charCodeAt(i + 1) === 32 && (itemIndent < 0 || indent === itemIndent)) {
      itemIndent = indent;
      entries.push((item = {}));
      keys = [];
      k = i + 2;
      if (block.charCodeAt(k) === 32) return undefined; // `-   at:`: keys further in
    } else if (item && indent === itemIndent + 2) {
      k = i;
    } else return undefined;
    const colon = block.indexOf(':', k);
    if (colon === -1 || colon >= lineEnd) return undefined;
    const key = block.slice(k, colon);
    if (!KEY_NAME.test(key) || key === '__proto__' || keys.includes(key)) return undefined;
    keys.push(key);
    let v = colon + 1;
    if (v < lineEnd && block.charCodeAt(v) !== 32) return undefined; // `a:b`
    while (v < lineEnd && block.charCodeAt(v) === 32) v++;
    const first = v < lineEnd ? block.charCodeAt(v) : -1;
    if (key !== 'at' && key !== 'kind' && key !== 'by' && key !== 'approx') {
      // A quoted or flow value left open, an anchor, alias or tag: the reader's business.
      if ((first === 34 || first === 39 || first === 91 || first === 123) && !closed(stripComment(block.slice(v, lineEnd)))) return undefined;
      if (first === 38 || first === 42 || first === 33 || first === 9) return undefined;
      mayContinue = true;
      continue;
    }
    const value = first === -1 ? undefined : inlineValue(stripComment(block.slice(v, lineEnd)));
    if (value === undefined || Array.isArray(value)) return undefined;
    item![key] = value;
    mayContinue = false;
  }
  return entries;
}

const KEY_NAME = /^[A-Za-z_][\w-]*$/;

/** Whether a value that starts with a quote or a bracket ends on its line. */
function closed(t: string): boolean {
  if (t[0] === '"') return /^"(?:[^"\\]|\\.)*"$/.test(t);
  if (t[0] === "'") return /^'(?:[^']|'')*'$/.test(t);
  let depth = 0;
  for (let k = 0; k < t.length; k++) {
    const ch = t.charCodeAt(k);
    if (ch === 34 || ch === 39) return false; // quotes inside brackets: not worth counting here
    if (ch === 91 || ch === 123) depth++;
    else if (ch === 93 || ch === 125) depth--;
  }
  return depth === 0;
}
