// How many threads the commands that read every incident file use when --threads does not say:
// one below the thresholds measured on 2 cores (src/io/threads.ts), one per core from them.
import { strict as assert } from 'node:assert';
import { availableParallelism } from 'node:os';
import { describe, it } from 'node:test';
import { buildsHere, OWN_THREAD_FROM } from '../src/commands/site.ts';
import { defaultThreads, THREADS_FROM } from '../src/io/threads.ts';

describe('threads by default', () => {
  it('one thread below each command\'s threshold, one per core from it', () => {
    assert.deepEqual(THREADS_FROM, { validate: 3_000, site: 3_000, insights: 10_000 });
    for (const command of ['validate', 'site', 'insights'] as const) {
      const from = THREADS_FROM[command];
      for (const files of [0, 1, 450, from - 1]) assert.equal(defaultThreads(command, files), 1, `${command}, ${files} files`);
      for (const files of [from, from * 3]) assert.equal(defaultThreads(command, files), availableParallelism(), `${command}, ${files} files`);
    }
  });

  it('the site: on this thread below its threshold unless --threads says how many, on the builder from it', () => {
    assert.equal(buildsHere(OWN_THREAD_FROM - 1, 4), true, 'too few files for a builder, whatever --threads says');
    assert.equal(buildsHere(OWN_THREAD_FROM, undefined), true);
    assert.equal(buildsHere(THREADS_FROM.site - 1, undefined), true);
    assert.equal(buildsHere(THREADS_FROM.site, undefined), false);
    assert.equal(buildsHere(OWN_THREAD_FROM, 1), false, '--threads 1: the builder alone (its heap bounded)');
    assert.equal(buildsHere(OWN_THREAD_FROM, 2), false);
  });
});
