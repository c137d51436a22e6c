// The size and mtime of many files, exactly as fs.statSync gives them, for validate's hot loop
// (a warm run stats every incident file, 10,000 in the benchmark, and does little else).
//
// On Node 20, fs.statSync builds a Stats object with four Date objects per call: that costs more
// than the system call, and its garbage costs the collector as much again. Node's fs binding
// answers the same call with its shared array of numbers. It is internal (process.binding is
// deprecated in the docs, with a warning only under --pending-deprecation), so it is used only
// when it answers the first file exactly as fs.statSync does, and never under that flag; every
// other case, and every error, goes through fs.statSync, whose errors are the ones users see.
import { statSync } from 'node:fs';

export interface Stamp {
  size: number;
  mtimeMs: number;
}

/** The binding's stat: the fields of a stat(2) in Node's order, in an array it reuses. */
type RawStat = (path: string, bigint: false, req: undefined, ctx: object) => Float64Array | undefined;

const SIZE = 8;
const MTIME_SEC = 12;
const MTIME_NSEC = 13;

/**
 * A stat that gives a file's size and mtimeMs in one object it reuses (read it before the next
 * call). Throws what fs.statSync throws.
 */
export function stamper(): (path: string) => Stamp {
  const out: Stamp = { size: 0, mtimeMs: 0 };
  const slow = (path: string): Stamp => {
    const s = statSync(path);
    out.size = s.size;
    out.mtimeMs = s.mtimeMs;
    return out;
  };
  const raw = rawStat();
  if (!raw) return slow;
  let trusted: boolean | undefined;
  return (path) => {
    if (trusted === false) return slow(path);
    const ctx: { errno?: number } = {};
    let values: Float64Array | undefined;
    try {
      values = raw(path, false, undefined, ctx);
    } catch {
      return slow(path);
    }
    if (!(values instanceof Float64Array) || ctx.errno !== undefined) return slow(path);
    // The same arithmetic as Node's msFromTimeSpec, so the numbers equal fs.statSync's.
    const size = values[SIZE]!;
    const mtimeMs = values[MTIME_SEC]! * 1e3 + values[MTIME_NSEC]! / 1e6;
    if (trusted === undefined) {
      slow(path);
      trusted = out.size === size && out.mtimeMs === mtimeMs;
      return out;
    }
    out.size = size;
    out.mtimeMs = mtimeMs;
    return out;
  };
}

function rawStat(): RawStat | undefined {
  const pending = process.execArgv.includes('--pending-deprecation') || /--pending-deprecation/.test(process.env.NODE_OPTIONS ?? '')
    || !!process.env.NODE_PENDING_DEPRECATION;
  if (pending) return undefined;
  try {
    const binding = (process as unknown as { binding(name: string): { stat?: unknown } }).binding('fs');
    return typeof binding.stat === 'function' ? (binding.stat as RawStat).bind(binding) : undefined;
  } catch {
    return undefined;
  }
}
