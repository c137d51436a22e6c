// Child process for test/lock.test.ts; run as `node --import tsx lock-worker.ts <mode> <file> ...`.
//   increment <file> <n>  prints "ready", waits for a line on stdin, then runs n concurrent locked
//                         read-modify-write increments of the JSON counter in <file>.
//   write-loop <file>     prints "started", then rewrites <file> atomically under the lock, alternating
//                         versions A and B, until killed.
//   exclusive <file>      for each "go" line on stdin: takes the lock, checks nobody else is inside
//                         (a marker file created O_EXCL), prints "done" (or "overlap"); exits at end of stdin.
//   steal-race <file>     the same, but each try is that of the first in line (takeOrSteal), without
//                         the queue, as two first-in-lines would; a stolen lock's removal is delayed
//                         a little (lockHooks), so that stealers overlap if nothing keeps them apart.
//   hold <file> <staleMs> takes the lock, prints "held", holds it until killed (or stdin ends).
//   take <file> <tag> <out> <staleMs>  prints "started", takes the lock, appends <tag> to <out>, exits.
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, openSync, readFileSync, unlinkSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from '../../src/io/atomic-write.ts';
import { lockHooks, releaseIfMine, takeOrSteal, Watched, withFileLock } from '../../src/io/lock.ts';

/** ~1 MB self-checking content: `<tag> <body length> <sha256 of body>\n<body>`. */
export function makeVersion(tag: string): string {
  const lines: string[] = [];
  for (let i = 0; i < 80_000; i++) lines.push(`${tag}:${i}`);
  const body = lines.join('\n') + '\n';
  return `${tag} ${body.length} ${sha256(body)}\n${body}`;
}

/** The tag of a whole, intact version; throws on anything torn, truncated or mixed. */
export function checkVersion(text: string): string {
  const nl = text.indexOf('\n');
  const [tag, length, hash] = text.slice(0, nl).split(' ');
  const body = text.slice(nl + 1);
  if (nl < 0 || !tag || body.length !== Number(length) || sha256(body) !== hash) {
    throw new Error(`torn file: header ${JSON.stringify(text.slice(0, 80))}, ${text.length} chars`);
  }
  return tag;
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

async function increment(file: string, n: number): Promise<void> {
  process.stdout.write('ready\n');
  await once(process.stdin, 'data'); // start together with the other worker
  process.stdin.pause();
  await Promise.all(
    Array.from({ length: n }, () =>
      withFileLock(file, async () => {
        const { count } = JSON.parse(readFileSync(file, 'utf8')) as { count: number };
        // Yield inside the critical section so that, without the lock, calls would interleave and lose updates.
        await new Promise((resolve) => setTimeout(resolve, Math.random() < 0.5 ? 0 : 1));
        writeFileAtomic(file, JSON.stringify({ count: count + 1 }));
      }),
    ),
  );
}

async function writeLoop(file: string): Promise<void> {
  const versions = [makeVersion('A'), makeVersion('B')] as const;
  process.stdout.write('started\n');
  for (let i = 0; ; i++) {
    await withFileLock(file, () => writeFileAtomic(file, versions[i % 2]!));
  }
}

async function exclusive(file: string): Promise<void> {
  const marker = `${file}.inside`;
  process.stdout.write('ready\n');
  for await (const _ of createInterface({ input: process.stdin })) {
    let overlap = false;
    await withFileLock(file, async () => {
      try {
        closeSync(openSync(marker, 'wx'));
      } catch {
        overlap = true; // another holder is inside right now
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
      unlinkSync(marker);
    });
    process.stdout.write(overlap ? 'overlap\n' : 'done\n');
  }
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

async function stealRace(file: string): Promise<void> {
  const marker = `${file}.inside`;
  const lockPath = `${file}.lock`;
  lockHooks.beforeSteal = () => sleepSync(1 + Math.random() * 10);
  process.stdout.write('ready\n');
  for await (const _ of createInterface({ input: process.stdin })) {
    let got: ReturnType<typeof takeOrSteal>;
    while (!('mine' in (got = takeOrSteal(lockPath, new Watched(10_000))))) await new Promise((resolve) => setTimeout(resolve, 1));
    let overlap = false;
    try {
      closeSync(openSync(marker, 'wx'));
      await new Promise((resolve) => setTimeout(resolve, 15)); // longer than the delayed steal
      unlinkSync(marker);
    } catch {
      overlap = true;
    }
    releaseIfMine(lockPath, got.mine);
    process.stdout.write(overlap ? 'overlap\n' : 'done\n');
  }
}

async function hold(file: string, staleMs: number): Promise<void> {
  await withFileLock(file, async () => {
    process.stdout.write('held\n');
    for await (const _ of process.stdin); // until stdin ends (or the test kills us)
  }, { staleMs });
}

async function take(file: string, tag: string, out: string, staleMs: number): Promise<void> {
  process.stdout.write('started\n');
  await withFileLock(file, () => appendFileSync(out, `${tag}\n`), { staleMs });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [mode, file, n] = process.argv.slice(2);
  if (mode === 'increment' && file) await increment(file, Number(n));
  else if (mode === 'write-loop' && file) await writeLoop(file);
  else if (mode === 'exclusive' && file) await exclusive(file);
  else if (mode === 'steal-race' && file) await stealRace(file);
  else if (mode === 'hold' && file) await hold(file, Number(n));
  else if (mode === 'take' && file) await take(file, n!, process.argv[5]!, Number(process.argv[6]));
  else throw new Error(`usage: lock-worker.ts increment <file> <n> | write-loop <file> | exclusive <file> | steal-race <file> | hold <file> <staleMs> | take <file> <tag> <out> <staleMs>`);
}
