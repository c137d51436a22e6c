// The template helpers, one set per output format. In Markdown they return Markdown that shows
// the value as text; in HTML they return escaped HTML (as a SafeString, so it is not escaped twice).
// A helper given `undefined` throws: in strict mode that is a field missing from the context
// (use `{{#if x}}` around optional fields); `null` is an explicit "none" and renders as nothing.
import type { HelperDelegate, HelperOptions } from 'handlebars';
import { formatDuration, formatDurationProse } from '../time/duration.ts';
import { formatInZone, localParts, parseInstant } from '../timeline/timeline.ts';
import { codeBlock, codeSpan, escapeHtml, inlineMarkdown, oneLine, tableCell, text } from './escape.ts';
import { markdownToHtml } from './markdown-html.ts';
import { safeUrl } from './markdown-inline.ts';
import { safeMarkdown } from './markdown-safe.ts';

type Format = 'md' | 'html';
type SafeStringClass = new (s: string) => { toString(): string };

/** The positional arguments and the options Handlebars appends to every helper call. */
function split(name: string, args: unknown[], lenient = false): { params: unknown[]; options: HelperOptions } {
  const options = args[args.length - 1] as HelperOptions;
  const params = args.slice(0, -1);
  if (!lenient) params.forEach((p, i) => {
    if (p === undefined) {
      const loc = (options as { loc?: { start: { line: number; column: number } } }).loc?.start;
      throw new Error(`helper "${name}": argument ${i + 1} is not in the context (wrap optional fields in {{#if}})${loc ? ` - ${loc.line}:${loc.column}` : ''}`);
    }
  });
  return { params, options };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms of a value: a number, or an ISO 8601 date-time with an offset. */
function instant(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return typeof value === 'string' ? parseInstant(value) : undefined;
}

const isDigitAt = (s: string, i: number) => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
/** `+hh:mm` or `-hh:mm`, as /^[+-]\d{2}:\d{2}$/ reads it. */
export const isOffset = (s: string): boolean =>
  s.length === 6 && (s[0] === '+' || s[0] === '-') && isDigitAt(s, 1) && isDigitAt(s, 2) && s[3] === ':' && isDigitAt(s, 4) && isDigitAt(s, 5);

/** `UTC` or `UTC-08:00` at that instant: a zone offset nobody has to look up. */
export function zoneLabel(ms: number, zone: string): string {
  const iso = formatInZone(ms, zone);
  // What /(Z|[+-]\d{2}:\d{2})$/ finds, read by hand: a render asked it twice, compiling it twice.
  const tail = iso.slice(-6);
  const offset = iso.endsWith('Z') ? 'Z' : isOffset(tail) ? tail : /(Z|[+-]\d{2}:\d{2})$/.exec(iso)![1]!;
  return offset === 'Z' || offset === '+00:00' ? 'UTC' : `UTC${offset}`;
}

interface MetricLike {
  label: unknown;
  ms: unknown;
  from: unknown;
  to: unknown;
  approx?: unknown;
}

export function helpers(format: Format, SafeString: SafeStringClass): Record<string, HelperDelegate> {
  const html = format === 'html';
  /** Plain text out: escaped for the format. */
  const out = (s: string) => (html ? new SafeString(escapeHtml(s)) : inlineMarkdown(s));
  /** Finished markup out. */
  const raw = (s: string) => (html ? new SafeString(s) : s);
  const zoneOf = (params: unknown[], options: HelperOptions, at: number) => {
    const given = params[at];
    if (typeof given === 'string' && given) return given;
    const root = (options.data as { root?: { timezone?: unknown } } | undefined)?.root;
    return typeof root?.timezone === 'string' ? root.timezone : 'UTC';
  };
  /** A date-time helper: formats an instant in a zone, or shows an unreadable value as it is. */
  const timeHelper = (name: string, format: (ms: number, zone: string, options: HelperOptions) => string): HelperDelegate =>
    (...args: unknown[]) => {
      const { params, options } = split(name, args);
      const value = params[0];
      if (value === null || value === '') return '';
      const ms = instant(value);
      if (ms === undefined) return out(text(value));
      return raw(format(ms, zoneOf(params, options, 1), options));
    };
  const clock = (ms: number, zone: string, seconds: boolean) => {
    const p = localParts(ms, zone);
    return `${pad(p.hour)}:${pad(p.minute)}${seconds ? `:${pad(p.second)}` : ''}`;
  };
  const dateOf = (ms: number, zone: string) => formatInZone(ms, zone).slice(0, 10);
  const withSeconds = (options: HelperOptions) => options.hash?.seconds === true;

  const table = (head: string[], rows: string[][]) => html
    ? `<table>\n<thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${
      rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}\n</tbody>\n</table>`
    : [head, ...rows].map((r) => `| ${r.map((c) => tableCell(c)).join(' | ')} |`)
      .toSpliced(1, 0, `|${head.map(() => '---').join('|')}|`).join('\n');

  return {
    /** One line of text. */
    inline: (...args) => out(oneLine(split('inline', args).params[0])),
    /** A table cell (Markdown: `|` and line breaks made safe). */
    cell: (...args) => out(oneLine(split('cell', args).params[0])),
    /** A fenced code block (HTML: pre/code); second argument: the language. */
    code(...args) {
      const { params } = split('code', args);
      const lang = typeof params[1] === 'string' ? params[1] : '';
      return html ? new SafeString(`<pre><code>${escapeHtml(params[0])}</code></pre>`) : codeBlock(params[0], lang);
    },
    /** Inline code. */
    codespan(...args) {
      const value = split('codespan', args).params[0];
      return html ? new SafeString(`<code>${escapeHtml(oneLine(value))}</code>`) : codeSpan(value);
    },
    /** HTML-escaped text, in either format (for HTML inside Markdown, or an Atom feed's escaped HTML). */
    html: (...args) => raw(escapeHtml(split('html', args).params[0])),
    /**
     * Markdown someone wrote (the public summary): as safe Markdown, or converted to safe HTML.
     * `offset=N` moves its headings N levels down.
     */
    markdown(...args) {
      const { params, options } = split('markdown', args);
      const headingOffset = typeof options.hash?.offset === 'number' ? options.hash.offset : 0;
      const source = text(params[0]);
      return html ? new SafeString(markdownToHtml(source, { headingOffset })) : safeMarkdown(source, { headingOffset });
    },
    /** `2017-01-06` in the zone (second argument, else the context's `timezone`). */
    date: timeHelper('date', (ms, zone) => dateOf(ms, zone)),
    /** `14:50` (`seconds=true`: `14:50:26`) in the zone. */
    time: timeHelper('time', (ms, zone, options) => clock(ms, zone, withSeconds(options))),
    /** `2017-01-06 14:50 UTC-08:00` (`seconds=true` for seconds). */
    datetime: timeHelper('datetime', (ms, zone, options) => `${dateOf(ms, zone)} ${clock(ms, zone, withSeconds(options))} ${zoneLabel(ms, zone)}`),
    /** ISO 8601 with the zone's offset (RFC 3339: for `<time datetime>` and feeds). */
    iso: timeHelper('iso', (ms, zone) => formatInZone(ms, zone)),
    /**
     * `1h15m` from milliseconds, or between two instants; `long=true`: `1 hour 15 minutes`.
     * `approx=true` (an estimated time at either end): `~1h15m`, `about 1 hour 15 minutes`.
     */
    duration(...args) {
      const { params, options } = split('duration', args);
      const ms = params.length >= 2 ? diff(params[0], params[1]) : typeof params[0] === 'number' ? params[0] : undefined;
      if (ms === undefined) return '';
      const approx = options.hash?.approx === true;
      return raw(options.hash?.long === true ? formatDurationProse(ms, approx) : formatDuration(ms, approx));
    },
    /** A table of metrics (the context's `metrics`): metric, duration, from, to. */
    metrics_table(...args) {
      const list = split('metrics_table', args).params[0];
      const rows = (Array.isArray(list) ? (list as MetricLike[]) : []).map((m) =>
        [text(m.label), typeof m.ms === 'number' ? formatDuration(m.ms, m.approx === true) : '', text(m.from), text(m.to)]);
      return rows.length ? raw(table(['Metric', 'Duration', 'From', 'To'], rows)) : '';
    },
    /** The items of a list as text, joined by the second argument (default `, `). */
    join(...args) {
      const { params } = split('join', args);
      const list = Array.isArray(params[0]) ? params[0] : params[0] === null ? [] : [params[0]];
      const sep = typeof params[1] === 'string' ? params[1] : ', ';
      return out(list.map(oneLine).join(sep));
    },
    /** A link target: only http, https, mailto or relative URLs pass (others become `#`); Markdown-safe. */
    safeurl(...args) {
      const url = safeUrl(oneLine(split('safeurl', args).params[0])) ?? '#';
      return html ? new SafeString(escapeHtml(url)) : url.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    },
    /** `@login` (GitHub mention), deliberately; `inline` never makes one. */
    mention(...args) {
      const login = oneLine(split('mention', args).params[0]).replace(/[^A-Za-z0-9-]/g, '');
      return login ? raw(`@${login}`) : '';
    },
    /** `time_to_detect` -> `Time to detect`, `in-progress` -> `In progress`. */
    humanize(...args) {
      const s = oneLine(split('humanize', args).params[0]).replace(/[_-]+/g, ' ');
      return out(s.charAt(0).toUpperCase() + s.slice(1));
    },
    // Tests take any value, a missing one too: they are how templates look at optional fields.
    eq: (...args) => { const { params } = split('eq', args, true); return params[0] === params[1]; },
    ne: (...args) => { const { params } = split('ne', args, true); return params[0] !== params[1]; },
    and: (...args) => split('and', args, true).params.every(Boolean),
    or: (...args) => split('or', args, true).params.some(Boolean),
    not: (...args) => !split('not', args, true).params[0],
    /** The value, or the fallback when it is missing, null or empty. */
    default(...args) {
      const { params } = split('default', args, true);
      return params[0] === undefined || params[0] === null || params[0] === '' ? params[1] : params[0];
    },
    /** How many items a list has. */
    length: (...args) => { const v = split('length', args, true).params[0]; return Array.isArray(v) ? v.length : 0; },
    /** Nothing: Handlebars' own `log` writes to stdout, in the middle of a document. */
    log: () => '',
  };
}

function diff(from: unknown, to: unknown): number | undefined {
  const a = instant(from);
  const b = instant(to);
  return a === undefined || b === undefined ? undefined : b - a;
}
