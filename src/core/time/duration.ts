// Durations as people read them, exact to the minute in every output (issue 12: `72h10m` once
// showed as `3d`). Compact: `6m34s`, `23m`, `1h05m`, `47h59m`, then from two days `3d 0h10m`;
// seconds only under an hour. Prose: "6 minutes 34 seconds", "1 hour 5 minutes", "3 days 10
// minutes". Both truncate (never round up), and a time estimated at either end reads `~45m`,
// "about 45 minutes".

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface Parts {
  negative: boolean;
  days: number;
  hours: number;
  minutes: number;
  /** Only under an hour; 0 otherwise. */
  seconds: number;
}

/** Days only from 48 hours on (`47h59m` reads better than `1d 23h59m`); seconds only under an hour. */
function parts(ms: number): Parts {
  const negative = ms < 0;
  const abs = Math.abs(ms);
  const days = abs >= 2 * DAY ? Math.floor(abs / DAY) : 0;
  let rest = abs - days * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  const seconds = abs < HOUR ? Math.floor((rest - minutes * MINUTE) / SECOND) : 0;
  return { negative: negative && days + hours + minutes + seconds > 0, days, hours, minutes, seconds };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `0s`, `59s`, `6m34s`, `23m`, `1h`, `1h05m`, `72h10m` as `3d 0h10m`, `3d`; `~` first when approximate. */
export function formatDuration(ms: number, approx = false): string {
  const p = parts(ms);
  let out: string;
  if (p.days === 0 && p.hours === 0) {
    out = p.minutes === 0 ? `${p.seconds}s` : `${p.minutes}m${p.seconds ? `${pad(p.seconds)}s` : ''}`;
  } else {
    const hm = `${p.hours}h${p.minutes ? `${pad(p.minutes)}m` : ''}`;
    out = p.days === 0 ? hm : `${p.days}d${p.hours || p.minutes ? ` ${hm}` : ''}`;
  }
  return `${approx ? '~' : ''}${p.negative ? '-' : ''}${out}`;
}

/** "6 minutes 34 seconds", "1 hour 5 minutes", "3 days 10 minutes"; "about ..." when approximate. */
export function formatDurationProse(ms: number, approx = false): string {
  const p = parts(ms);
  const unit = (n: number, name: string) => (n ? [`${n} ${name}${n === 1 ? '' : 's'}`] : []);
  const words = [...unit(p.days, 'day'), ...unit(p.hours, 'hour'), ...unit(p.minutes, 'minute'), ...unit(p.seconds, 'second')];
  return `${approx ? 'about ' : ''}${p.negative ? '-' : ''}${words.join(' ') || '0 seconds'}`;
}
