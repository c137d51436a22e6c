// `incident init`: a commented `.incident.yml`, the incidents directory and the git merge driver.
// Everything works without it; the file is there to show and change the defaults.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configTemplate } from '../core/config/config.ts';
import { UsageError } from '../core/util/errors.ts';
import { CONFIG_FILE, display, findRoot, openRepo } from '../io/repo.ts';
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
  if (existsSync(path) && !options.force) {
    throw new UsageError(`${CONFIG_FILE} already exists in ${root}; use --force to overwrite it (to install only the merge driver in this clone: incident merge-driver --install)`);
  }
  writeFileSync(path, configTemplate());
  const repo = await openRepo(deps.cwd);
  const written = [display(repo, path)];
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
  return { written };
}
