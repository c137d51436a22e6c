// dist/issueops.cjs: the Action's issueops command on its own (entry.ts chooses it), as main.ts
// would run it: the inputs, the step, and a failure as one error annotation without the token.
import * as core from '../toolkit.ts';
import { CommandError, DocumentError, UsageError } from '../../core/util/errors.ts';
import { useZoneRules } from '../../core/timeline/timeline.ts';
import { hideSecrets } from '../../github/secrets.ts';
import { systemZoneRules } from '../../io/zone-rules.ts';
import { issueOpsStep } from './step.ts';

async function run(): Promise<void> {
  useZoneRules(systemZoneRules);
  const token = core.getInput('token');
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_TOKEN: token || process.env.GITHUB_TOKEN };
    const config = core.getInput('config');
    if (config && config !== '.incident.yml') env.CASEFILE_CONFIG = config;
    if (core.getInput('incidents-dir')) env.CASEFILE_INCIDENTS_DIR = core.getInput('incidents-dir');
    await issueOpsStep(token, { cwd: process.env.GITHUB_WORKSPACE || process.cwd(), now: Date.now(), env });
  } catch (error) {
    const known = error instanceof UsageError || error instanceof CommandError || error instanceof DocumentError;
    const message = error instanceof DocumentError ? error.describe() : (error as Error)?.message ?? String(error);
    core.setFailed(hideSecrets(known ? message : `internal error: ${message}`, [token, process.env.GITHUB_TOKEN]));
  }
}

void run();
