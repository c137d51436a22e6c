// Text with its line breaks as `\n`. Most text has no `\r`: it is returned as it is, without the
// expression, which every render compiled on its first use for the few places that normalize.

/** `\r\n` and a lone `\r` as `\n`: what `text.replace(/\r\n?/g, '\n')` gives. */
export function unixLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Runs of three or more `\n` as two: what `text.replace(/\n{3,}/g, '\n\n')` gives. */
export function collapseBlankLines(text: string): string {
  return text.includes('\n\n\n') ? text.replace(/\n{3,}/g, '\n\n') : text;
}
