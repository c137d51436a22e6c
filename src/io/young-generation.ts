// For commands that read many files on the main thread and keep what each gives (insights, list).
const MANY_FILES = 400;

/**
 * This thread's young generation is kept at its starting size, for the rest of the process.
 * Everything such a command makes lives long (each file's incident or row, the output), and V8
 * doubles the young generation's semi-spaces whenever as much survived since the last doubling as
 * they hold: on Node 24, to 64 MB each (on Node 20, 16 MB). The main thread's heap takes no
 * resourceLimits (the site puts its build on a worker thread for them), but V8 reads the growth
 * factor at each growth; a factor of 1 keeps the semi-spaces at 1 MB. The flag is the process's,
 * so workers started after it start with it too. Measured on 10,000 incidents, Node 24:
 * - `insights --json` (medians of 5 interleaved pairs): 327 -> 187 MB cold, 279 -> 158 MB cached,
 *   the same CPU time (1.00x cold, 0.94x cached); on Node 20, 174 -> 149 MB cached, 202 -> 214 MB
 *   cold (a little more promoted early). Stopping the growth at 8 MB semi-spaces instead (once
 *   this thread's reached them) cost the same CPU and 9 MB more.
 * - `list` (6 interleaved pairs): 272 -> 161 MB, the same time and CPU (0.97 s, 1.3 s).
 * Only for a command that reads at least MANY_FILES files.
 */
export function keepYoungGenerationSmall(files: number): void {
  if (files < MANY_FILES) return;
  (process.getBuiltinModule('node:v8') as typeof import('node:v8')).setFlagsFromString('--semi-space-growth-factor=1');
}
