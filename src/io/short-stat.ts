// Stat-ing every incident file on every run is the only exact check (an editor saving in place
// changes nothing but the file's own stat), so those stats name each file as briefly as they can:
// relative to the working directory when the file is below it. The kernel looks up one directory
// per component of a path, and the stat of 10,000 files is most of a warm `incident validate` or
// of `incident log` without an id. Only the string given to stat changes: no process.chdir (paths
// printed, relative paths from the command line and other threads keep their meaning), and an
// error other than "no such file" is thrown as the absolute path's.
import { statSync, type Stats } from 'node:fs';
import { withSep } from './paths.ts';

/** One options object for every call (not one a file). */
const NO_THROW = { throwIfNoEntry: false } as const;

/**
 * The prefix that names the files of `dir` (absolute) for stat: '' for the working directory
 * itself, `incidents/` below it, else `dir` and a separator. Taken once for a run of stats.
 */
export function statPrefix(dir: string): string {
  const full = withSep(dir);
  let cwd: string;
  try {
    cwd = process.cwd();
  } catch {
    return full; // the working directory is gone: absolute paths only
  }
  const below = withSep(cwd);
  return full.startsWith(below) ? full.slice(below.length) : full;
}

/**
 * The stat of the file `name` of a directory, named by `prefix` (statPrefix's) and `full` (the
 * directory's absolute path and a separator); undefined when there is no such file. Any other
 * error is thrown as stat-ing the absolute path throws it.
 */
export function shortStat(prefix: string, full: string, name: string): Stats | undefined {
  try {
    return statSync(prefix + name, NO_THROW);
  } catch {
    return statSync(full + name, NO_THROW);
  }
}
