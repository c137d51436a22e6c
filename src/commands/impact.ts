// `incident impact <id> --summary "..." --figure "Queries lost=1.21B"`: the impact section of the
// frontmatter. A figure whose label is already there gets the new value in place.
import { UsageError } from '../core/util/errors.ts';
import { context, type Deps } from './context.ts';
import { reread, updateWithEdits } from './edit-ops.ts';
import { forcedOf } from './forced.ts';

export interface ImpactOptions {
  id: string;
  summary?: string;
  /** "Label=Value", repeatable. */
  figures?: string[];
  /** Labels of figures to drop. */
  removeFigures?: string[];
  force?: boolean;
}

interface Figure {
  label: string;
  value: string | number;
}

export async function setImpact(options: ImpactOptions, deps: Deps) {
  const figures = (options.figures ?? []).map(parseFigure);
  const drop = options.removeFigures ?? [];
  if (options.summary === undefined && figures.length === 0 && drop.length === 0) {
    throw new UsageError(`Missing change, expected --summary "<who was affected, how, how long>" or --figure "<label>=<value>"`);
  }
  if (options.summary !== undefined && !options.summary.trim()) throw new UsageError('Unexpected empty --summary, expected who was affected, how, and for how long');
  const ctx = await context(deps);
  const result = await updateWithEdits(ctx, options.id, (ops, loaded) => {
    let current: typeof loaded | undefined = loaded;
    // Each edit on the text the one before made; undefined once the fast editor steps aside.
    const apply = (edit: (doc: typeof loaded) => string | undefined) => {
      current = current && reread(ops, current, edit(current));
      return current !== undefined;
    };
    const impact = () => (current!.data.impact ?? {}) as { summary?: unknown; figures?: unknown };
    const list = () => (Array.isArray(impact().figures) ? (impact().figures as Figure[]) : []);
    const find = (label: string) => list().findIndex((f) => typeof f?.label === 'string' && f.label.toLowerCase() === label.toLowerCase());
    if (options.summary !== undefined && impact().summary !== options.summary.trim() && !apply((d) => ops.setIn(d, ['impact', 'summary'], options.summary!.trim()))) return undefined;
    for (const label of drop) {
      const at = find(label);
      if (at === -1) throw new UsageError(`Unexpected figure "${label}" in ${loaded.shown}, expected one of ${list().map((f) => f.label).join(', ') || '(no figures yet)'}`);
      if (!apply((d) => ops.removeItem(d, ['impact', 'figures'], at))) return undefined;
    }
    for (const figure of figures) {
      const at = find(figure.label);
      if (at === -1 && !apply((d) => ops.insertInSeq(d, ['impact', 'figures'], figure))) return undefined;
      if (at !== -1 && list()[at]!.value !== figure.value && !apply((d) => ops.setInItem(d, ['impact', 'figures'], at, 'value', figure.value))) return undefined;
    }
    return { text: current.text, result: { impact: current.data.impact } };
  }, { now: ctx.now, force: options.force === true });
  return { id: options.id, file: result.shown, impact: result.impact, changed: result.changed, forced: forcedOf(result) };
}

/** "Queries lost=1.21B" -> { label, value }; a plain number is stored as a number. */
export function parseFigure(text: string): Figure {
  const eq = text.lastIndexOf('=');
  const label = eq === -1 ? '' : text.slice(0, eq).trim();
  const raw = eq === -1 ? '' : text.slice(eq + 1).trim();
  if (!label || !raw) throw new UsageError(`Unexpected --figure "${text}", expected "<label>=<value>", e.g. "Queries lost=1.21B"`);
  const value = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(raw) && Number.isSafeInteger(Math.trunc(Number(raw))) ? Number(raw) : raw;
  return { label, value };
}
