// Charts as SVG, made at build time: readable without JavaScript, each with a title, axis labels
// and a text description (role="img", aria-labelledby), the numbers also in a table beside it (the
// page's job). Scales and ticks by d3-scale, the line by d3-shape; the markup is ours, so it is
// small, deterministic (numbers rounded to 0.1) and styled by the page's CSS (classes, currentColor),
// which gives it the dark mode and the font of the page. Pure: data in, a string out.
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { escapeHtml } from '../render/escape.ts';

export const WIDTH = 640;
export const HEIGHT = 300;
const M = { top: 36, right: 16, bottom: 64, left: 56 };

export interface ChartText {
  /** Unique in the page: the ids of its title and description. */
  id: string;
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
}

export interface Series {
  name: string;
  values: number[];
}

const n1 = (x: number) => String(Math.round(x * 10) / 10);
const esc = escapeHtml;

function frame(t: ChartText, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${t.id}-title ${t.id}-desc">` +
    `<title id="${t.id}-title">${esc(t.title)}</title><desc id="${t.id}-desc">${esc(t.description)}</desc>${body}</svg>`;
}

/** Axis labels, the y ticks with grid lines, and the x labels (as many as fit without overlapping, evenly spaced). */
function axes(t: ChartText, y: (v: number) => number, ticks: number[], yTick: (v: number) => string, xs: { label: string; x: number }[]): string {
  const out: string[] = ['<g class="axis" font-size="12" fill="currentColor">'];
  for (const v of ticks) {
    out.push(`<line class="grid" x1="${M.left}" x2="${WIDTH - M.right}" y1="${n1(y(v))}" y2="${n1(y(v))}"/>`);
    out.push(`<text x="${M.left - 6}" y="${n1(y(v) + 4)}" text-anchor="end">${esc(yTick(v))}</text>`);
  }
  const widest = Math.max(0, ...xs.map((x) => x.label.length)) * 7 + 10; // about 7 px a character at 12 px
  const every = Math.max(1, Math.ceil((xs.length * widest) / (WIDTH - M.left - M.right)));
  xs.forEach(({ label, x }, k) => {
    if (k % every === 0) out.push(`<text x="${n1(x)}" y="${HEIGHT - M.bottom + 16}" text-anchor="middle">${esc(label)}</text>`);
  });
  out.push(`<line class="baseline" x1="${M.left}" x2="${WIDTH - M.right}" y1="${HEIGHT - M.bottom}" y2="${HEIGHT - M.bottom}"/>`);
  out.push(`<text x="${(M.left + WIDTH - M.right) / 2}" y="${HEIGHT - 12}" text-anchor="middle" font-weight="bold">${esc(t.xLabel)}</text>`);
  out.push(`<text transform="translate(14 ${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)" text-anchor="middle" font-weight="bold">${esc(t.yLabel)}</text>`);
  out.push('</g>');
  return out.join('');
}

function legend(series: readonly Series[], marker: 'box' | 'line'): string {
  const out: string[] = ['<g class="legend" font-size="12" fill="currentColor">'];
  let x = M.left;
  series.forEach((s, k) => {
    out.push(marker === 'box'
      ? `<rect class="s${k}" x="${x}" y="10" width="12" height="12"/>`
      : `<line class="line s${k}" x1="${x}" x2="${x + 14}" y1="16" y2="16"/>`);
    out.push(`<text x="${x + 18}" y="20">${esc(s.name)}</text>`);
    x += 30 + s.name.length * 7;
  });
  out.push('</g>');
  return out.join('');
}

/** Bars stacked per category (one series each, in order from the axis up); a bar's tooltip gives its number. */
export function stackedBars(t: ChartText, categories: readonly string[], series: readonly Series[], unit = '', max?: number): string {
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const y = scaleLinear().domain([0, max ?? Math.max(1, ...totals)]).nice().range([HEIGHT - M.bottom, M.top]);
  const x = scaleBand().domain(categories as string[]).range([M.left, WIDTH - M.right]).padding(0.2);
  const bars: string[] = ['<g class="bars">'];
  categories.forEach((c, i) => {
    let base = 0;
    series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      if (v > 0) {
        bars.push(`<rect class="s${k}" x="${n1(x(c)!)}" y="${n1(y(base + v))}" width="${n1(x.bandwidth())}" height="${n1(y(base) - y(base + v))}"><title>${esc(`${c}, ${s.name}: ${v}${unit}`)}</title></rect>`);
      }
      base += v;
    });
  });
  bars.push('</g>');
  const ticks = y.ticks(5).filter(Number.isInteger);
  const xs = categories.map((c) => ({ label: c, x: x(c)! + x.bandwidth() / 2 }));
  return frame(t, axes(t, y, ticks, String, xs) + bars.join('') + (series.length > 1 ? legend(series, 'box') : ''));
}

/** Lines over categories (a gap where a value is missing), each point with its tooltip. */
export function lines(t: ChartText, categories: readonly string[], series: readonly { name: string; values: (number | null)[] }[], format: (v: number) => string): string {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const y = scaleLinear().domain([0, Math.max(1, ...all)]).nice().range([HEIGHT - M.bottom, M.top]);
  const x = scaleBand().domain(categories as string[]).range([M.left, WIDTH - M.right]).padding(0.2);
  const at = (i: number) => x(categories[i]!)! + x.bandwidth() / 2;
  const out: string[] = ['<g class="lines">'];
  series.forEach((s, k) => {
    const path = line<number | null>()
      .defined((v) => v !== null)
      .x((_, i) => Math.round(at(i) * 10) / 10)
      .y((v) => Math.round(y(v!) * 10) / 10)(s.values);
    if (path) out.push(`<path class="line s${k}" d="${path}"/>`);
    s.values.forEach((v, i) => {
      if (v !== null) out.push(`<circle class="s${k}" cx="${n1(at(i))}" cy="${n1(y(v))}" r="3.5"><title>${esc(`${categories[i]}, ${s.name}: ${format(v)}`)}</title></circle>`);
    });
  });
  out.push('</g>');
  const xs = categories.map((c, i) => ({ label: c, x: at(i) }));
  return frame(t, axes(t, y, y.ticks(5), format, xs) + out.join('') + legend(series as Series[], 'line'));
}
