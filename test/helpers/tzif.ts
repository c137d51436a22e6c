// The changes of a zone's offset as the system's tz database has them (a TZif file, RFC 8536):
// an account of the zones' history that does not come from Intl, to test against.
import { readFileSync } from 'node:fs';

export interface TzChange {
  /** Epoch ms of the first instant with the new offset. */
  at: number;
  /** Minutes east of UTC before and after, rounded as the zone rules round them. */
  before: number;
  after: number;
}

/** The changes in whole minutes of the zone's offset, oldest first; undefined when there is no such file. */
export function tzifChanges(zone: string, root = '/usr/share/zoneinfo'): TzChange[] | undefined {
  let b: Buffer;
  try {
    b = readFileSync(`${root}/${zone}`);
  } catch {
    return undefined;
  }
  if (b.toString('latin1', 0, 4) !== 'TZif') return undefined;
  const counts = (at: number) => [20, 24, 28, 32, 36, 40].map((o) => b.readUInt32BE(at + o)) as [number, number, number, number, number, number];
  let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(0);
  let at = 44;
  let wide = false;
  if (b[4]! >= 0x32) {
    // Version 2+: skip the 32-bit block for the 64-bit one.
    at += timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(at);
    at += 44;
    wide = true;
  }
  const times: number[] = [];
  for (let i = 0; i < timecnt; i++) times.push(wide ? Number(b.readBigInt64BE(at + 8 * i)) : b.readInt32BE(at + 4 * i));
  at += timecnt * (wide ? 8 : 4);
  const index = [...b.subarray(at, at + timecnt)];
  at += timecnt;
  const offsets: number[] = [];
  for (let i = 0; i < typecnt; i++) offsets.push(Math.round(b.readInt32BE(at + 6 * i) / 60));
  const changes: TzChange[] = [];
  let previous = offsets[0]!;
  for (let i = 0; i < timecnt; i++) {
    const next = offsets[index[i]!]!;
    if (next !== previous) changes.push({ at: times[i]! * 1000, before: previous, after: next });
    previous = next;
  }
  return changes;
}
