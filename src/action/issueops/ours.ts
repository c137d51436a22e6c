// Which comments the Action itself wrote (its replies, its mirrored entries), so that it never takes
// them for someone else's, nor answers or mirrors twice. With GITHUB_TOKEN they are a Bot's
// (github-actions[bot]); with a personal access token (so that its commits trigger other workflows)
// they are that token's user, and each one is itself an issue_comment event that runs the workflow
// again. A hidden marker alone proves nothing (anyone can type one): the author must be us too.
import type { GitHub, IssueComment } from '../../github/types.ts';

/** Whether a comment's author is the token's: a Bot, or the user GitHub says the token acts for (asked once, and only when needed). */
export function byUs(github: Pick<GitHub, 'viewer'>): (c: Pick<IssueComment, 'login' | 'userType'>) => Promise<boolean> {
  let viewer: Promise<string | undefined> | undefined;
  return async (c) => {
    if (c.userType === 'Bot') return true;
    viewer ??= github.viewer();
    return (await viewer)?.toLowerCase() === c.login.toLowerCase();
  };
}
