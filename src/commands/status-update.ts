// `incident status-update <id>`: the communications liaison's update (status page or chat),
// rendered from status-update.md.hbs by the rendering pipeline. Public by default: what goes to a
// status page passes the leak check; `--audience internal` adds roles and the latest entries.
import { render, type RenderResult } from './render.ts';
import type { Deps } from './context.ts';

export interface StatusUpdateOptions {
  id: string;
  audience?: string;
  out?: string;
  /** Chat text instead of Markdown (no escapes). */
  plain?: boolean;
}

export function statusUpdate(options: StatusUpdateOptions, deps: Deps): Promise<RenderResult> {
  return render({ id: options.id, audience: options.audience ?? 'public', template: 'status-update', format: 'md', out: options.out, plain: options.plain }, deps);
}
