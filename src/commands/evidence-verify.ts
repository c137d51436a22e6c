// `incident evidence <id> verify` (re-hash every saved file: changed or missing ones fail) and
// `incident evidence <id> list`. Read-only.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { evidenceOf, verifyOne, type EvidenceItem, type VerifyFinding } from '../core/model/evidence.ts';
import { readFast } from '../core/edit/splice.ts';
import { hashFile, isInside } from '../io/evidence-files.ts';
import { display, incidentPath, unknownIncident } from '../io/repo.ts';
import { context, type Context, type Deps } from './context.ts';

export interface VerifyResult {
  id: string;
  file: string;
  findings: VerifyFinding[];
  /** False when a recorded file is changed, missing or outside the repository. */
  ok: boolean;
}

async function load(ctx: Context, rawId: string): Promise<{ id: string; path: string; shown: string; items: EvidenceItem[] }> {
  const id = rawId.replace(/\.md$/, '');
  const path = incidentPath(ctx.repo, id);
  if (!existsSync(path)) throw unknownIncident(ctx.repo, id);
  const shown = display(ctx.repo, path);
  const text = readFileSync(path, 'utf8');
  const data = readFast(text, shown)?.doc.data ?? (await import('../core/document/document.ts')).parseIncidentText(text, shown).data;
  return { id, path, shown, items: evidenceOf(data, shown) };
}

export async function listEvidence(options: { id: string }, deps: Deps) {
  const ctx = await context(deps);
  const { id, shown, items } = await load(ctx, options.id);
  return { id, file: shown, items };
}

export async function verifyEvidence(options: { id: string }, deps: Deps): Promise<VerifyResult> {
  const ctx = await context(deps);
  const { id, path, shown, items } = await load(ctx, options.id);
  const root = realpathSync(ctx.repo.root);
  const base = dirname(path);
  const findings = items.map((item): VerifyFinding => {
    const abs = resolve(base, String(item.file));
    if (!isInside(root, abs) && !isInside(ctx.repo.root, abs)) return { file: item.file, state: 'outside' };
    let real: string;
    try {
      lstatSync(abs);
      real = realpathSync(abs);
    } catch {
      const missing = verifyOne(item, undefined);
      // A command killed between writing the record and renaming the copy into place.
      const waiting = join(dirname(abs), `.${basename(abs)}.pending.tmp`);
      return existsSync(waiting) ? { ...missing, detail: `its copy waits as ${basename(waiting)}: the next incident evidence add or run puts it in place` } : missing;
    }
    // A saved file replaced by a link out of the repository is not read.
    if (!isInside(root, real)) return { file: item.file, state: 'outside', detail: `links to ${real}` };
    return verifyOne(item, hashFile(real));
  });
  const recorded = new Set(items.map((i) => resolve(base, String(i.file))));
  const dir = join(ctx.repo.incidentsDir, id, 'evidence');
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      if (!name.startsWith('.') && !recorded.has(join(dir, name))) findings.push({ file: `${id}/evidence/${name}`, state: 'unrecorded' });
    }
  }
  const ok = findings.every((f) => f.state === 'ok' || f.state === 'unrecorded');
  return { id, file: shown, findings, ok };
}

/** The report: one line per file that is not ok, then a count. */
export function formatVerify(result: VerifyResult): string {
  const lines = result.findings
    .filter((f) => f.state !== 'ok')
    .map((f) => `${result.file}: ${f.file}: ${f.state}${f.detail ? ` (${f.detail})` : ''}${f.state === 'unrecorded' ? ' (in the evidence folder, not in the record; warning)' : ''}`);
  const count = (state: string) => result.findings.filter((f) => f.state === state).length;
  const recorded = result.findings.length - count('unrecorded');
  const bad = recorded - count('ok');
  lines.push(`${result.file}: ${recorded} evidence file${recorded === 1 ? '' : 's'}: ${count('ok')} ok${bad ? `, ${bad} changed, missing or outside the repository` : ''}`);
  return lines.join('\n');
}
