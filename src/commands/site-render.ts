// Each incident's page of the internal site, rendered and written where the new site is being
// made, and what the other pages need of it (SiteIncident, and the incident as the insights take
// it, packed). On worker threads for many files (the pages' garbage stays in heaps of a bounded
// size, and both cores work), in this thread for a few. Batches come from a shared counter, as in
// validate-worker.ts. Workers keep the default zone rules (Intl), their answers kept: the system
// rules switch the process-wide TZ, which threads must not do to each other.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { insightIncident, type InsightIncident } from '../core/insights/index.ts';
import { packIncident, type Packed } from '../core/insights/pack.ts';
import { loadCompiled } from '../core/render/load.ts';
import { rememberConverted } from '../core/render/markdown-html.ts';
import { finishOutput } from '../core/render/output.ts';
import { internalViewOf, prepare, prepareData, viewOf, type Prepared } from '../core/render/prepare.ts';
import type { Compiled } from '../core/render/runtime.ts';
import type { SiteIncident } from '../core/site/pages.ts';
import { rememberedZoneRules } from '../core/timeline/remembered-zone-rules.ts';
import { intlZoneRules, useZoneRules, zoneRulesInUse } from '../core/timeline/timeline.ts';
import { scanOldSite, type OldFiles } from '../io/site-dir.ts';
import { writeSiteFile } from '../io/site-write.ts';
import { hashText } from '../io/validate-cache.ts';

export interface PageJob {
  path: string;
  shown: string;
  /** The file's name without .md: the page is incidents/<name>.html. */
  name: string;
}

export interface PageSettings {
  template: { source: string; file: string };
  partials: Record<string, string>;
  /** Whether the template or a partial may show the Public summary (mayShowPublicSummary): else finding it is skipped. */
  summary: boolean;
  /** Where the new site is made. */
  dir: string;
  /** The site it replaces, if any: a page of the same bytes there is linked, not written (site-write.ts). */
  previous?: string;
  title: string;
  now: number;
  defaultTimeZone: string;
  /** Give each file's hash (the site cache's). */
  hashing: boolean;
}

/**
 * `record`: the JSON of [SiteIncident, the incident as the insights take it, packed] (the site
 * cache's record), kept as text until the other pages are made: a worker's batch reaches the
 * builder as 20 strings, not thousands of objects that its young generation copies and promotes.
 * At the end of the 10,000-file corpus' pages, the builder's heap was 76 MB against 113 (Node 24).
 */
export type PageOutcome = { hash: string; record: string; problem?: undefined } | { problem: string; hash?: undefined; record?: undefined };
type Rendered = { hash: string; site: SiteIncident; insight: InsightIncident; problem?: undefined } | { problem: string; hash?: undefined; site?: undefined; insight?: undefined };
const outcome = (r: Rendered): PageOutcome => (r.site ? { hash: r.hash, record: JSON.stringify([r.site, packIncident(r.insight)]) } : { problem: r.problem });

/** A record back (undefined values were left out of its JSON, as in the site cache). */
export const readRecord = (record: string) => JSON.parse(record) as [SiteIncident, Packed];

/** Below this many pages no worker starts, whatever --threads asks (the default is src/io/threads.ts's). */
const PARALLEL_FROM = 200;
const BATCH = 20;
/** A worker's heap holds one page's work at a time: bounded, so that its garbage is collected early. */
const WORKER_HEAP_MB = 64;

type Sent = [index: number, outcome: PageOutcome][];
/** From a page worker: a batch of pages, 'rendered' (its last batch sent), then the old site's scan if it was asked for one. */
type FromWorker = Sent | 'rendered' | { old: OldFiles };

/**
 * `oldSite`: the files of the site being replaced (settings.previous), scanned by a page worker
 * once its pages are done, while this thread finishes the build (site-dir.ts's finish takes them);
 * undefined when none did.
 */
export interface RenderedPages {
  outcomes: PageOutcome[];
  oldSite: Promise<OldFiles | undefined>;
}

export async function renderPages(jobs: PageJob[], settings: PageSettings, maxThreads = availableParallelism()): Promise<RenderedPages> {
  const out: PageOutcome[] = new Array(jobs.length);
  let scanned: (old: OldFiles | undefined) => void = () => {};
  const oldSite = new Promise<OldFiles | undefined>((resolve) => (scanned = resolve));
  if (jobs.length < PARALLEL_FROM || maxThreads < 2) {
    const render = await renderer(settings);
    // Many pages (--threads 1) in this thread: Intl's remembered answers, as on the workers. The
    // CLI's system rules switch process.env.TZ from one page's zone to the next, and V8 then reads
    // the zone again: 21-36 us a page (Node 24, 20), against 4-8 for the remembered rules (about
    // two Intl questions a page; ICU's start-up, ~15-50 ms, is paid only from PARALLEL_FROM pages).
    const rules = zoneRulesInUse();
    if (jobs.length >= PARALLEL_FROM) useZoneRules(rememberedZoneRules(intlZoneRules));
    try {
      for (let i = 0; i < jobs.length; i++) out[i] = outcome(await renderPage(jobs[i]!, settings, render));
    } finally {
      useZoneRules(rules);
      rememberConverted(true);
    }
    scanned(undefined);
    return { outcomes: out, oldSite };
  }
  const next = new Int32Array(new SharedArrayBuffer(4));
  // On a thread of bounded heap (site.ts's builder) this thread renders too, one worker less: a
  // worker's heap and code are tens of MB, and this one would only wait.
  const here = !isMainThread;
  if (here) useZoneRules(rememberedZoneRules(intlZoneRules));
  // The first worker scans the old site after its pages: the other core is idle then, and the builder's tail is serial.
  const workers = Array.from({ length: here ? maxThreads - 1 : maxThreads }, (_, k) => {
    const scan = k === 0 && settings.previous !== undefined;
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { casefileSite: true, jobs, settings, next, scan }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
    });
    if (scan) worker.once('exit', () => scanned(undefined)); // (or failed: finish scans)
    const done = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: FromWorker) => {
        if (m === 'rendered') resolve();
        else if (Array.isArray(m)) for (const [i, o] of m) out[i] = o;
        else scanned(m.old);
      });
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`site worker exited with code ${code}`))));
    });
    done.catch(() => {}); // handled by Promise.all
    return { worker, done, scan };
  });
  let rendered = false;
  try {
    if (here) {
      const render = await renderer(settings);
      for (let start = Atomics.add(next, 0, 1) * BATCH; start < jobs.length; start = Atomics.add(next, 0, 1) * BATCH) {
        for (let i = start; i < Math.min(start + BATCH, jobs.length); i++) out[i] = outcome(await renderPage(jobs[i]!, settings, render));
        await new Promise(setImmediate); // the workers' pages, taken between batches
      }
    }
    await Promise.all(workers.map((w) => w.done));
    rendered = true;
  } finally {
    for (const w of workers) if (!(rendered && w.scan)) void w.worker.terminate(); // a scanning worker ends by itself
  }
  if (!workers.some((w) => w.scan)) scanned(undefined);
  return { outcomes: out, oldSite };
}

/** The page template every page of a build is rendered with: compiled once a thread. */
async function renderer(settings: PageSettings): Promise<Compiled> {
  const template = await loadCompiled(settings.template.source, { format: 'html', partials: settings.partials, name: settings.template.file });
  // Each page's body is converted once: nothing to keep (the other pages convert no Markdown).
  rememberConverted(false);
  return template;
}

async function renderPage(job: PageJob, settings: PageSettings, template: Compiled): Promise<Rendered> {
  const { summary } = settings;
  // A file that cannot be read (a directory named .md) stops the build in one line, as it stops
  // list, insights and validate; one that is not a valid incident is left out and named.
  const text = readFileSync(job.path, 'utf8');
  let prepared;
  let hash = '';
  try {
    if (settings.hashing) hash = hashText(text);
    prepared = summary ? await prepare(text, job.shown) : await prepareData(text, job.shown);
  } catch (error) {
    return { problem: (error as { describe?: () => string }).describe?.() ?? String(error) };
  }
  const data = prepared.data;
  const options = { audience: 'internal', now: settings.now, defaultTimeZone: () => settings.defaultTimeZone } as const;
  const view = summary ? viewOf(prepared as Prepared, options) : internalViewOf(prepared, options, null);
  // The view's metrics are the insights' (the same timeline's), and the incident goes into the
  // page's record as JSON at once: its strings need not be copied out of the file's text.
  const insight = insightIncident(data, job.name, { keep: false, metrics: view.metrics });
  view.site = { title: settings.title, index: '../index.html', feed: '' };
  writeSiteFile(settings, `incidents/${job.name}.html`, finishOutput(template(view as never), 'html'));
  return { hash, site: siteIncident(data, insight, job.name), insight };
}

const OPEN_ITEM = new Set(['open', 'in-progress']);
/**
 * A scalar as text (a number too), or undefined. A string read from a file is a slice of its text,
 * but it is kept only inside the page's record (outcome's JSON), never as the slice itself.
 */
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const obj = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** What the index, the tracker and the queue show of an incident. */
function siteIncident(data: Record<string, unknown>, insight: InsightIncident, page: string): SiteIncident {
  const pm = obj(data.postmortem);
  return {
    id: insight.id, page, title: str(data.title) ?? '', kind: insight.kind, severity: insight.severity, status: insight.status,
    services: insight.services, date: insight.date,
    postmortem: { status: str(pm.status), owner: str(pm.owner), due: str(pm.due) },
    // The tracker lists open items only: the others are not kept (10,000 incidents' worth).
    actionItems: (Array.isArray(data.action_items) ? data.action_items : []).map(obj).filter((a) => OPEN_ITEM.has(str(a.status) ?? 'open')).map((a) => ({
      id: str(a.id) ?? '?', title: str(a.title) ?? '', owner: str(a.owner), due: str(a.due), status: str(a.status) ?? 'open',
    })),
  };
}

if (!isMainThread && (workerData as { casefileSite?: boolean } | null)?.casefileSite) {
  const { jobs, settings, next, scan } = workerData as { jobs: PageJob[]; settings: PageSettings; next: Int32Array; scan: boolean };
  useZoneRules(rememberedZoneRules(intlZoneRules));
  const render = await renderer(settings);
  for (let start = Atomics.add(next, 0, 1) * BATCH; start < jobs.length; start = Atomics.add(next, 0, 1) * BATCH) {
    const sent: Sent = [];
    for (let i = start; i < Math.min(start + BATCH, jobs.length); i++) sent.push([i, outcome(await renderPage(jobs[i]!, settings, render))]);
    parentPort!.postMessage(sent satisfies FromWorker); // each batch as it is done: nothing piles up here
  }
  parentPort!.postMessage('rendered' satisfies FromWorker);
  if (scan) parentPort!.postMessage({ old: scanOldSite(settings.previous!) } satisfies FromWorker);
}
