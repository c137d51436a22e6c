// The files a validation checks, sorted: path j and how many. A warm run's are the cache's columns
// (root + rels[j]): each path is made only when asked for, as the stat loop names files by their
// rels. (Making 10,000 of them up front, kept through the loop, cost 4.0 ms of Node 20's CPU and
// 1.2 of Node 24's: medians of 25 interleaved runs on 10,000 files.)
import { indexInSorted } from '../core/util/sorted-search.ts';

export interface Files {
  readonly length: number;
  at(j: number): string;
  /** The index of a path among them, or -1. */
  indexOf(path: string): number;
  /** Every path, made now when they are not kept. */
  all(): readonly string[];
}

/** Paths kept as they are (sorted). */
export function filesOf(paths: readonly string[]): Files {
  return { length: paths.length, at: (j) => paths[j]!, indexOf: (path) => indexInSorted(paths, path), all: () => paths };
}

/** The paths `root` + rels[j] (`root` ending in its separator, `rels` sorted), made when asked for. */
export function filesUnder(root: string, rels: readonly string[]): Files {
  return {
    length: rels.length,
    at: (j) => root + rels[j]!,
    indexOf: (path) => (path.startsWith(root) ? indexInSorted(rels, path.slice(root.length)) : -1),
    all: () => rels.map((rel) => root + rel),
  };
}
