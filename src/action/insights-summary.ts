// The review's part of the job summary that says how the pull request moves the headline figures
// of the last 90 days (src/commands/insights-delta.ts). Best-effort, like the sticky comment: a
// failure here is a line in the summary, never a failed review.
import { readFileSync } from 'node:fs';
import type { Deps } from '../commands/context.ts';
import { inlineMarkdown } from '../core/render/escape.ts';
import { markdownOut } from '../core/markdown/markdown-out.ts';

export async function insightsSummary(inputs: { base: string }, deps: Deps): Promise<string> {
  try {
    const event = process.env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) : {};
    const base = inputs.base || (event.pull_request?.base?.sha as string | undefined) || 'HEAD';
    const { formatDelta, insightsDelta } = await import('../commands/insights-delta.ts');
    // Written again as a tree: paragraphs wrapped at 80 columns, as every Markdown the Action writes.
    return markdownOut(formatDelta(await insightsDelta(base, deps)));
  } catch (error) {
    return markdownOut(`## Casefile: insights of the last 90 days\n\nNot computed: ${inlineMarkdown(String((error as Error).message ?? error).split('\n')[0])}\n`);
  }
}
