// What --dry-run shows for a file an import would change: the changed lines with a line of context,
// `-` before and `+` after, each hunk headed by its line number in the file as it is.

/** Lines removed and added, as a short unified-style diff; '' when the texts are equal. */
export function lineDiff(before: string, after: string, context = 1): string {
  if (before === after) return '';
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  // LCS over the middle only: edits are few and close together, the middle is small.
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const lcs: Uint32Array[] = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const ops: { op: ' ' | '-' | '+'; line: string; at: number }[] = [];
  for (let k = 0; k < start; k++) ops.push({ op: ' ', line: a[k]!, at: k });
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) ops.push({ op: ' ', line: x[i]!, at: start + i++ }), j++;
    // Removals before additions, as diff prints them.
    else if (i < x.length && (j === y.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ op: '-', line: x[i]!, at: start + i++ });
    else ops.push({ op: '+', line: y[j++]!, at: start + i });
  }
  for (let k = endA; k < a.length; k++) ops.push({ op: ' ', line: a[k]!, at: k });
  const keep = ops.map((o, n) => o.op !== ' ' || ops.slice(Math.max(0, n - context), n + context + 1).some((p) => p.op !== ' '));
  const out: string[] = [];
  ops.forEach((o, n) => {
    if (!keep[n]) return;
    if (n === 0 || !keep[n - 1]) out.push(`@@ line ${o.at + 1}`);
    out.push(`${o.op}${o.line}`);
  });
  return out.join('\n');
}
