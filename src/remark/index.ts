// `casefile/remark`: the validation rules as a unified (remark) plugin, so `remark --use
// casefile/remark incidents/` and remark editor integrations show exactly the messages of
// `incident validate`: same engine, same rule ids, same wording, same positions.
import { basename, dirname, resolve } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import type { VFile } from 'vfile';
import { validateText } from '../core/validate/engine.ts';
import { ruleUrl } from '../core/validate/rule-url.ts';
import { openRepo } from '../io/repo.ts';
import { loadTemplate } from '../io/templates.ts';

export interface Options {
  /** The clock, epoch ms (default: now). */
  now?: number;
}

export default function casefileRemark(this: unknown, options: Options = {}) {
  // The frontmatter is YAML, not a thematic break and a heading: remark keeps it as it is when it
  // writes a file back (an editor's "format document" through the remark extension).
  (remarkFrontmatter as (this: unknown, options: string[]) => void).call(this, ['yaml']);
  // Callback style, and the messages added in the same turn as the callback is called: unified-engine
  // lets the other files' pipelines flush as soon as a file holds a fatal message, so a file that held
  // one while it was still on its way (an async transformer resolves a turn later) was waited for by
  // nobody: remark exited 0 having printed nothing (2 runs in 40 with two incident files).
  return (_tree: unknown, file: VFile, next: (error?: unknown) => void): void => {
    diagnosticsOf(file, options).then((diagnostics) => {
      for (const d of diagnostics) {
        const message = file.message(d.message, {
          place: { line: d.line, column: d.column },
          ruleId: d.ruleId,
          source: 'casefile',
        });
        // The rule's page (vfile-message's field for it): editors link the rule id to it.
        message.url = ruleUrl(d.ruleId);
        // remark-lint's convention: errors are fatal (the run fails), warnings are not.
        message.fatal = d.severity === 'error';
      }
      next();
    }, next);
  };
}

/** The file's findings, as `incident validate` gives them; none for a file that is not an incident. */
async function diagnosticsOf(file: VFile, options: Options) {
  const path = file.path ? resolve(file.cwd, file.path) : undefined;
  const repo = await openRepo(path ? dirname(path) : file.cwd);
  // Only incident files: with .remarkrc at the repository's root, remark (and the editor) also
  // reads the README and other Markdown, which are not incidents.
  if (path && !isIncidentFile(path, repo.incidentsDir)) return [];
  return validateText({
    file: file.path ?? '',
    text: String(file.value),
    config: repo.config,
    now: options.now ?? pinnedClock() ?? Date.now(),
    template: loadTemplate(repo, 'incident.md'),
  });
}

/** What `incident validate` reads: the `.md` files directly in the incidents directory. */
const isIncidentFile = (path: string, incidentsDir: string) =>
  dirname(path) === resolve(incidentsDir) && path.endsWith('.md') && !basename(path).startsWith('.');

/** CASEFILE_NOW pins the clock, as it does for the CLI. */
function pinnedClock(): number | undefined {
  const ms = Date.parse(process.env.CASEFILE_NOW ?? '');
  return Number.isNaN(ms) ? undefined : ms;
}
