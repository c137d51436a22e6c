// Colour on a terminal, through node:util's styleText: on when the output is a terminal (not
// TERM=dumb), off with NO_COLOR (any value but empty, no-color.org); FORCE_COLOR decides above both,
// as Node reads it ('', 1, 2, 3 or true: on; 0, false or anything else: off), for a pager or CI.
// The lanes use it too: deciding costs nothing when the environment decides or the output is a
// pipe or a file (an fstat); node:tty is loaded only for a character device, to tell a terminal
// from /dev/null.
import { fstatSync } from 'node:fs';
import { styleText } from 'node:util';

type Env = Record<string, string | undefined>;
type Style = Parameters<typeof styleText>[0];

const decided = new Map<number, boolean>();

/** Whether what goes to fd 1 (stdout) or fd 2 (stderr) is coloured. */
export function colourOn(fd: 1 | 2, env: Env = process.env): boolean {
  const known = decided.get(fd);
  if (known !== undefined) return known;
  const on = decide(fd, env);
  decided.set(fd, on);
  return on;
}

function decide(fd: number, env: Env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force);
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return (process.getBuiltinModule('node:tty') as typeof import('node:tty')).isatty(fd);
}

/**
 * `text` styled for fd when colour is on there, else as it is. validateStream: false, as Node 22+
 * would otherwise look at process.stdout itself (and Node 20 takes no third argument).
 */
export function paint(fd: 1 | 2, style: Style, text: string): string {
  if (!text || !colourOn(fd)) return text;
  return (styleText as (f: Style, t: string, o?: { validateStream: boolean }) => string)(style, text, { validateStream: false });
}

/** For tests: decide again (the environment changed). */
export const resetColour = (): void => decided.clear();
