// Characters as the regular expressions this code once asked read them, tested by hand where a
// pattern ran on every command for a character or a short name: V8 compiles each pattern on its
// first run (about 12 us, and as much again to tier it up on its second), and a lane's run had
// some forty. test/chars.test.ts holds each to the pattern it stands for.

/** One UTF-16 code unit as `/\s/` reads it: ECMAScript's white space and line terminators. */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** An ASCII letter or digit: `/[A-Za-z0-9]/` on one code unit. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `/^[A-Za-z0-9][A-Za-z0-9._-]*$/` (and with `_` first-excluded, `/^[A-Za-z0-9][\w.-]*$/`: the same set). */
export function isPlainName(s: string): boolean {
  if (s.length === 0 || !isAsciiAlnum(s.charCodeAt(0))) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isAsciiAlnum(c) || c === 46 /* . */ || c === 95 /* _ */ || c === 45 /* - */)) return false;
  }
  return true;
}
