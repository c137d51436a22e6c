// Types of mixed-writers.mjs (plain JavaScript: scripts/bench.mjs runs it without tsx).
export function mixedWriter(id: string, i: number): string[];
export function runMixedWriters(options: {
  cli: string;
  dir: string;
  id: string;
  n: number;
  env?: NodeJS.ProcessEnv;
}): Promise<{ ms: number; results: { i: number; code: number | null; stderr: string }[] }>;
