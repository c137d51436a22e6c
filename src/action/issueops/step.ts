// The `issueops` command of the Action: runs IssueOps on the event and reports through the runner
// (log lines, warnings, outputs `incident` and `pushed`, the job summary).
import * as core from '../toolkit.ts';
import type { Deps } from '../../commands/context.ts';
import { issueOps } from './run.ts';
import { clock } from './git.ts';
import { inlineMarkdown } from '../../core/render/escape.ts';
import { WIDTH, wrap } from '../../core/markdown/markdown-style.ts';

export async function issueOpsStep(token: string, deps: Deps): Promise<void> {
  const result = await issueOps(token, { ...deps, warn: (line) => core.info(`note: ${line}`) }, (line) => core.info(line));
  for (const line of result.lines) core.info(line);
  for (const warning of result.warnings) core.annotate('warning', warning);
  // What git took of the run, and when the commit landed (`npm run bench -- --only issueops`).
  // The run's times are clock()'s (git.ts): from here (after the push) in performance.now()'s, which starts earlier.
  const shift = performance.now() - clock();
  const pushed = result.pushedAt === undefined ? '' : `; pushed ${(result.pushedAt + shift).toFixed(1)} ms after the start, ${result.cpuAtPush!.toFixed(1)} ms of CPU of its own`;
  core.info(`git: ${result.git.runs} runs, ${result.git.ms.toFixed(1)} ms${pushed}`);
  // For the bench, which splits git's own work (GIT_TRACE2_EVENT) from the Action's around it.
  if (deps.env.CASEFILE_TIMING) core.info(`git waits: ${JSON.stringify(result.git.waits.map((w) => w.map((t) => Math.round((performance.timeOrigin + shift + t) * 1000) / 1000)))}`);
  if (result.incident) core.setOutput('incident', result.incident);
  core.setOutput('pushed', result.pushed ? 'true' : 'false');
  if (result.pushed || result.warnings.length) {
    core.addSummary(`# Casefile: IssueOps\n\n${[...result.lines, ...result.warnings.map((w) => `Warning: ${w}`)].map(item).join('\n')}\n`);
  }
}

/** A list item of the job summary: the line as text (it quotes comments), wrapped for markdownlint's 80 columns (by hand: IssueOps never loads remark for markdownOut). */
const item = (line: string) => `- ${wrap(inlineMarkdown(line), WIDTH - 2, WIDTH - 2).replaceAll('\n', '\n  ')}`;
