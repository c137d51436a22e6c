// `incident init`: a commented `.incident.yml`, the incidents directory, the git merge driver, and
// the ops repository's set-up (io/repo-setup.ts: .gitignore, remark and editor config, schemas).
// Everything works without it; the file is there to show and change the defaults. Run again, it
// keeps the config and brings the rest up to date (the schemas follow the config's severities).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configTemplate } from '../core/config/config.ts';
import { CONFIG_SCHEMA_FILE, configSchemaLine } from '../core/config/setup.ts';
import { CONFIG_FILE, display, findRoot, openRepo } from '../io/repo.ts';
import { setUpRepository } from '../io/repo-setup.ts';
import type { Deps } from './context.ts';

// `*.lock.*.tmp` also covers the waiters' queue (`<file>.lock.queue.tmp/`) and the tickets in it.
const INCIDENTS_GITIGNORE = `# Casefile's locks and temp files: a write in progress, or one killed mid-way
*.md.lock
*.md.lock.steal
*.lock.*.tmp
.*.tmp
`;

export async function init(options: { force?: boolean }, deps: Deps): Promise<{ written: string[] }> {
  const root = findRoot(deps.cwd);
  const path = join(root, CONFIG_FILE);
  const keep = existsSync(path) && !options.force;
  if (keep) deps.warn?.(`kept ${CONFIG_FILE} (--force rewrites it with the defaults); bringing the rest up to date`);
  else writeFileSync(path, configSchemaLine(CONFIG_SCHEMA_FILE) + configTemplate());
  const repo = await openRepo(deps.cwd);
  const written = keep ? [] : [display(repo, path)];
  if (!existsSync(repo.incidentsDir)) mkdirSync(repo.incidentsDir, { recursive: true });
  // Keeps the directory in git, and out of `git status` the lock and temp files of a write in
  // progress, or of one killed mid-way (they are never read as incidents).
  const ignore = join(repo.incidentsDir, '.gitignore');
  if (!existsSync(ignore)) {
    writeFileSync(ignore, INCIDENTS_GITIGNORE);
    written.push(display(repo, ignore));
  }
  // Several responders, several clones: incident files merge through Casefile's driver.
  const { installMergeDriver } = await import('../io/merge-driver-setup.ts');
  written.push(...installMergeDriver(repo.root, repo.config.incidents_dir));
  const setup = setUpRepository(repo.root, repo.config);
  written.push(...setup.written);
  for (const note of setup.notes) deps.warn?.(note);
  return { written };
}
