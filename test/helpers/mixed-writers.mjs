// N writers at once on one incident, each its own process of the real built CLI: `log`, `role --sme`,
// `thread open` and `evidence add`, in turn. Used by test/concurrency.test.ts and scripts/bench.mjs.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The command line of writer `i` (each writes something of its own, so every write can be counted). */
export function mixedWriter(id, i) {
  switch (i % 4) {
    case 0: return ['log', id, `mixed log ${i}`];
    case 1: return ['role', id, '--sme', `sme${i}`];
    case 2: return ['thread', id, 'open', `Mixed question ${i}?`];
    default: return ['evidence', id, 'add', `mixed-${i}.log`];
  }
}

/**
 * Starts `n` writers together in `dir` (a repository holding incident `id`) and waits for all.
 * Resolves with the wall time and each writer's exit code and stderr.
 */
export async function runMixedWriters({ cli, dir, id, n, env = process.env }) {
  for (let i = 3; i < n; i += 4) writeFileSync(join(dir, `mixed-${i}.log`), `evidence of writer ${i}\n`);
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: n }, (_, i) => new Promise((resolve) => {
      const child = spawn(process.execPath, [cli, ...mixedWriter(id, i)], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => resolve({ i, code, stderr }));
    })),
  );
  return { ms: performance.now() - started, results };
}
