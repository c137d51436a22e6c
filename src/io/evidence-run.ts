// Running a capture command: no shell unless asked, stdin closed, stdout and stderr kept apart,
// a time limit, and an output limit (a runaway command must not fill the disk or the memory).
import { spawn, type ChildProcess } from 'node:child_process';
import { CommandError } from '../core/util/errors.ts';

export interface Captured {
  stdout: Buffer;
  stderr: Buffer;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** A stream went over the limit; the command was stopped. */
  overLimit: boolean;
}

export interface RunSpec {
  argv: readonly string[];
  shell: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  maxBytes: number;
}

export function capture(spec: RunSpec): Promise<Captured> {
  const [file, args] = spec.shell ? ['/bin/sh', ['-c', spec.argv.join(' ')]] : [spec.argv[0]!, spec.argv.slice(1)];
  return new Promise((resolve, reject) => {
    let child: ChildProcess | undefined;
    const stop = () => {
      try {
        if (child?.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child?.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    // Ctrl-C must not leave the command running: it is in its own process group, so the
    // terminal's SIGINT reaches only Casefile, whose default death would skip 'exit'. So stop the
    // command, then die of the signal; listening before the command starts leaves no gap.
    const onSignal = (signal: NodeJS.Signals) => {
      stop();
      process.stderr.write(`incident: stopped by ${signal}: the command was stopped and nothing was recorded\n`);
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
    };
    const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    for (const signal of SIGNALS) process.once(signal, onSignal);
    const onExit = () => stop(); // nor an error in Casefile
    process.once('exit', onExit);
    // Its own process group, so a time limit stops the command's children too.
    child = spawn(file, args, { cwd: spec.cwd, env: spec.env, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const sizes = { out: 0, err: 0 };
    let timedOut = false;
    let overLimit = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, spec.timeoutMs);
    const done = () => {
      clearTimeout(timer);
      process.off('exit', onExit);
      for (const signal of SIGNALS) process.off(signal, onSignal);
    };
    const collect = (into: Buffer[], key: 'out' | 'err') => (chunk: Buffer) => {
      sizes[key] += chunk.length;
      if (sizes[key] > spec.maxBytes) {
        overLimit = true;
        stop();
        return;
      }
      into.push(chunk);
    };
    child.stdout!.on('data', collect(out, 'out'));
    child.stderr!.on('data', collect(err, 'err'));
    child.on('error', (error: NodeJS.ErrnoException) => {
      done();
      reject(new CommandError(error.code === 'ENOENT'
        ? `Could not run "${file}": command not found${spec.shell ? '' : ' (use --shell for pipes, redirections or shell built-ins)'}`
        : `Could not run "${file}": ${error.message}`));
    });
    child.on('close', (exitCode, signal) => {
      done();
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err), exitCode, signal, timedOut, overLimit });
    });
  });
}
