// Two patterns of the render helpers read by hand (a render compiled each twice for a string or
// two): the zone offset at the end of an instant, and the longest backtick run of a code span.
// Each is held to the pattern it replaces.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeSpan, longestRun } from '../src/core/render/escape.ts';
import { isOffset, zoneLabel } from '../src/core/render/helpers.ts';
import { formatInZone } from '../src/core/timeline/timeline.ts';
import { everyString as strings } from './helpers/generated-strings.ts';

/** zoneLabel as it was, with the pattern. */
function zoneLabelByPattern(ms: number, zone: string): string {
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(formatInZone(ms, zone))![1]!;
  return offset === 'Z' || offset === '+00:00' ? 'UTC' : `UTC${offset}`;
}

describe('render helpers read by hand', () => {
  it('isOffset is /^[+-]\\d{2}:\\d{2}$/', () => {
    for (const s of strings(['+', '-', '0', '9', ':', 'Z', 'a'], 6)) assert.equal(isOffset(s), /^[+-]\d{2}:\d{2}$/.test(s), JSON.stringify(s));
  });

  it('zoneLabel says what the pattern read from formatInZone, in zones and years of every kind', () => {
    const zones = ['UTC', 'Etc/UTC', 'Europe/London', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Auckland', 'Pacific/Chatham', 'Australia/Lord_Howe', 'America/St_Johns', 'Africa/Monrovia', 'Europe/Amsterdam', '+05:30', '-08:00'];
    let n = 0;
    for (const zone of zones) {
      for (let ms = Date.UTC(1850, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 97 * 86_400_000 + 3_600_000 * 7) {
        assert.equal(zoneLabel(ms, zone), zoneLabelByPattern(ms, zone), `${zone} ${new Date(ms).toISOString()}`);
        n++;
      }
    }
    assert.ok(n > 10_000);
  });

  it('longestRun is the longest of /`+/g, and codeSpan pads a backtick at either end as /^`|`$/ says', () => {
    for (const s of strings(['`', 'a', ' ', '\n'], 8)) {
      assert.equal(longestRun(s, 96), Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length)), JSON.stringify(s));
    }
    for (const s of strings(['`', 'a', 'b'], 6)) {
      if (s === '') continue;
      const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
      const pad = /^`|`$/.test(s) ? ' ' : '';
      assert.equal(codeSpan(s), `${'`'.repeat(longest + 1)}${pad}${s}${pad}${'`'.repeat(longest + 1)}`, JSON.stringify(s));
    }
  });
});
