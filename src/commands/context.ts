// What every command gets from its caller (the CLI, the Action, a test): where, when, who.
import { openRepo, type Repo } from '../io/repo.ts';
import { gitUserName } from '../io/git-user.ts';
import { ensureMergeDriver } from '../io/merge-driver-setup.ts';

export interface Deps {
  cwd: string;
  /** The clock, in epoch ms: tests pin it. */
  now: number;
  env: NodeJS.ProcessEnv;
  /** Where a one-line note goes (the CLI: stderr), e.g. a zone abbreviation its region's clock contradicts. */
  warn?(line: string): void;
}

export interface Context extends Deps {
  repo: Repo;
  /** The default zone for new incidents: the config's, else the machine's (asked only when needed: Intl is slow to start). */
  readonly defaultTimeZone: string;
  whoami(): string;
}

export async function context(deps: Deps): Promise<Context> {
  // CASEFILE_CONFIG and CASEFILE_INCIDENTS_DIR point elsewhere than .incident.yml (the Action's inputs use them).
  const repo = await openRepo(deps.cwd, { configFile: deps.env.CASEFILE_CONFIG || undefined, incidentsDir: deps.env.CASEFILE_INCIDENTS_DIR || undefined });
  // Every write: a clone whose .gitattributes names the merge driver gets it in its git config (once).
  let checked = false;
  repo.afterWrite = () => {
    if (checked) return;
    checked = true;
    ensureMergeDriver(repo.root, repo.config.merge_driver, deps.env, (line) => deps.warn?.(line));
  };
  return {
    ...deps,
    repo,
    get defaultTimeZone() {
      return repo.config.timezone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
    },
    whoami: () => gitUserName(repo.root, deps.env),
  };
}
