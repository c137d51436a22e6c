// path.join without the normalizing where there is nothing to normalize. join runs its helpers on
// every character of the path, so a lane's few dozen joins made them hot enough for V8 to compile
// them (Maglev) on every run: `incident log` took 38.3 ms of CPU with join, 37.6 without, with the
// bin's paths made so too (Node 24.21, medians of 41 interleaved runs; `node -e 0`: 26.0).
import { join, sep } from 'node:path';

/**
 * A directory join would change: `//`, a `.` or `..` segment, a trailing separator (but the
 * root's), as /\/\/|\/\.\.?(?:\/|$)|.\/$/ finds them (its `.` is any character but a line
 * terminator). By hand, as the patterns ran on every command (test/chars.test.ts holds them equal).
 */
export function isUnnormalDir(dir: string): boolean {
  if (dir.includes('//') || dir.includes('/./') || dir.includes('/../') || dir.endsWith('/.') || dir.endsWith('/..')) return true;
  if (dir.length < 2 || !dir.endsWith('/')) return false;
  const c = dir.charCodeAt(dir.length - 2);
  return c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029;
}

/** A name that is one plain segment: not empty, no separator, not `.` or `..` (/^(?!\.\.?$)[^/]+$/). */
export const isSegment = (name: string): boolean => name !== '' && name !== '.' && name !== '..' && !name.includes('/');

/** join(dir, ...names), the same string, built by hand when `dir` is absolute and normal (POSIX). */
export function childPath(dir: string, ...names: string[]): string {
  if (sep !== '/' || dir.charCodeAt(0) !== 47 /* / */ || isUnnormalDir(dir) || !names.every(isSegment)) return join(dir, ...names);
  return (dir === '/' ? '' : dir) + '/' + names.join('/');
}

/** `dir` ending in the separator: a prefix that names the files in it. */
export const withSep = (dir: string): string => (dir.endsWith(sep) ? dir : dir + sep);
