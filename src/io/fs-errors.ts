// File system errors (errno codes) as one line that says what is wrong and what to do, instead of
// Node's `ENOTDIR: not a directory, scandir '/abs/path'`. Used by src/cli/exit-code.ts for every command.
import { lstatSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';

/** A path as the user would type it from here: relative when it is below the working directory. */
export function shownPath(path: string, cwd = process.cwd()): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** One line for an errno error from Node's fs (it has `code` and `syscall`); undefined for anything else. */
export function fsErrorText(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException | undefined;
  if (!e || typeof e.code !== 'string' || typeof e.syscall !== 'string') return undefined;
  const path = e.path ? shownPath(e.path) : undefined;
  const of = path ? ` ${path}` : '';
  // Our temp files (`x.md.lock.<pid>.<random>.tmp`) are created beside the file: the directory is what refuses.
  const dir = e.path && /\.tmp$/.test(e.path) && (e.syscall === 'open' || e.syscall === 'link') ? shownPath(dirname(e.path)) : undefined;
  const retry = 'and run the command again';
  switch (e.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `No space left on the device${path ? ` holding ${path}` : ''} (${e.code}); free some space ${retry}`;
    case 'EFBIG':
      return `File too large${path ? `: ${path}` : ''} (EFBIG, the file size limit: ulimit -f); raise the limit ${retry}`;
    case 'EROFS':
      return `Read-only file system: cannot ${dir ? `create files in ${dir}` : `${verb(e.syscall)}${of}`} (EROFS); run the command where the repository can be written`;
    case 'EACCES':
    case 'EPERM':
      return dir
        ? `Permission denied: cannot create files in ${dir} (${e.code}); check the directory's owner and mode (ls -ld ${dir}) ${retry}`
        : `Permission denied: cannot ${verb(e.syscall)}${of} (${e.code}); check its owner and mode (ls -l) ${retry}`;
    case 'ENOTDIR': {
      const blocker = e.path ? fileInTheWay(e.path) : undefined;
      return `Unexpected file ${blocker ? shownPath(blocker) : path ?? ''}, expected a directory (ENOTDIR); move the file away ${retry}`;
    }
    case 'EEXIST':
      return e.syscall === 'mkdir'
        ? `Unexpected file${of}, expected a directory (EEXIST); move the file away ${retry}`
        : `Unexpected file${of}: it already exists (EEXIST); move it away ${retry}`;
    case 'EISDIR':
      return `Unexpected directory${of}, expected a file (EISDIR); remove or rename the directory ${retry}`;
    case 'ENOENT':
      return `No such file or directory${of} (ENOENT): it was removed while the command ran, or never existed`;
    case 'ELOOP':
      return `Too many levels of symbolic links${of} (ELOOP); fix the link ${retry}`;
    case 'ENAMETOOLONG':
      return `File name too long${of} (ENAMETOOLONG)`;
    case 'EMFILE':
    case 'ENFILE':
      return `Too many open files (${e.code}); close some programs or raise the limit (ulimit -n) ${retry}`;
    case 'EIO':
      return `Input/output error${of} (EIO): the disk or file system is failing`;
    default:
      return `Cannot ${verb(e.syscall)}${of} (${e.code}: ${e.message.replace(/^\w+: /, '').replace(/, \w+( '.*')?$/, '')})`;
  }
}

/** The nearest ancestor of `path` that exists and is not a directory (the file ENOTDIR is about). */
function fileInTheWay(path: string): string | undefined {
  for (let p = path; ; p = dirname(p)) {
    try {
      if (!lstatSync(p).isDirectory()) return p;
    } catch {
      // absent or unreadable: look further up
    }
    if (dirname(p) === p) return undefined;
  }
}

function verb(syscall: string): string {
  const verbs: Record<string, string> = {
    open: 'open', read: 'read', write: 'write to', mkdir: 'create the directory', rmdir: 'remove the directory',
    unlink: 'remove', rename: 'replace', link: 'create', scandir: 'list the directory', stat: 'look at', lstat: 'look at',
    fsync: 'write to', copyfile: 'copy', chmod: 'change the mode of', fchmod: 'change the mode of', utime: 'touch',
  };
  return verbs[syscall] ?? syscall;
}
