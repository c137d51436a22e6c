// The fence lines of rendered Markdown read by hand, for finishOutput (output.ts), which asks every
// line of every render whether it opens a fenced code block: as patterns (FENCE, and one closing
// pattern made per block) each was compiled twice in a render, on Node 24.21 10 and 30 to 60 us a
// compile. test/fence-lines.test.ts holds them to the patterns.

/** FENCE (/^( {0,3})(`{3,}|~{3,})[ \t]*(.*)$/, markdown-blocks.ts) on `line`: its fence (the backtick or tilde run), or undefined. */
export function openingFence(line: string): string | undefined {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  const c = line.charCodeAt(i);
  if (c !== 96 /* ` */ && c !== 126 /* ~ */) return undefined;
  let end = i;
  while (line.charCodeAt(end) === c) end++;
  if (end - i < 3) return undefined;
  // `(.*)$`: the rest holds no line terminator (`.` matches none, `$` is the end).
  for (let k = end; k < line.length; k++) {
    const d = line.charCodeAt(k);
    if (d === 10 || d === 13 || d === 0x2028 || d === 0x2029) return undefined;
  }
  return line.slice(i, end);
}

/** /^ {0,3}F{n,}[ \t]*$/ with F the fence's character and n its length: the line that closes it. */
export function closesFence(line: string, fence: string): boolean {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  const c = fence.charCodeAt(0);
  let end = i;
  while (line.charCodeAt(end) === c) end++;
  if (end - i < fence.length) return false;
  while (line.charCodeAt(end) === 32 || line.charCodeAt(end) === 9) end++;
  return end === line.length;
}
