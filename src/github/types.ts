// The small slice of GitHub that Casefile uses, in our own words, so commands and tests never
// touch Octokit's types (and a fake can stand in for the real client).

export interface RepoRef {
  owner: string;
  name: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  /** completed, not_planned, reopened, duplicate; null on older servers and never-closed issues. */
  stateReason: string | null;
  htmlUrl: string;
  labels: string[];
  assignees: string[];
  /** How many comments the issue has (tells whether fetching the last one is worth a request). */
  comments: number;
}

export interface Label {
  name: string;
  color: string;
  description: string | null;
}

export interface NewIssue {
  title: string;
  body?: string;
  labels?: string[];
  assignees?: string[];
}

export interface ListIssuesQuery {
  labels?: string;
  state?: 'open' | 'closed' | 'all';
  sort?: 'created' | 'updated' | 'comments';
  direction?: 'asc' | 'desc';
  perPage?: number;
  /** Stop after this many pages (e.g. 1 to look at the newest issues only). */
  maxPages?: number;
}

export interface GitHub {
  readonly repo: RepoRef;
  /** Issues only: pull requests (which the issues API also returns) are skipped. */
  listIssues(query: ListIssuesQuery, onPage?: (page: number) => void): Promise<Issue[]>;
  getIssue(number: number): Promise<Issue>;
  /** Never retried on a server error or a dropped connection: the issue may exist anyway. */
  createIssue(issue: NewIssue): Promise<Issue>;
  addLabels(number: number, labels: string[]): Promise<string[]>;
  listLabels(query?: { perPage?: number }): Promise<Label[]>;
  getLabel(name: string): Promise<Label>;
  createLabel(label: { name: string; color: string; description?: string }): Promise<Label>;
  /** The body of the issue's last comment, or undefined when it has none. */
  lastComment(number: number, count: number): Promise<string | undefined>;
  /** Paths of the files a pull request changes, with their status (added, modified, removed, renamed...). */
  listPullRequestFiles(number: number): Promise<{ path: string; status: string }[]>;
  /** Comments on an issue or pull request, every page. */
  listComments(number: number): Promise<{ id: number; body: string }[]>;
  createComment(number: number, body: string): Promise<{ id: number }>;
  updateComment(id: number, body: string): Promise<{ id: number }>;
  /** IssueOps: every comment of an issue with its author and times, oldest first. */
  issueComments(number: number): Promise<IssueComment[]>;
  deleteComment(id: number): Promise<void>;
  /** IssueOps: a reaction on a comment (GitHub keeps one of each kind per user: adding it again changes nothing). */
  addReaction(commentId: number, content: '+1' | 'eyes' | 'confused'): Promise<void>;
  /** IssueOps: the user's role on the repository (admin, maintain, write, triage, read), or none. */
  permission(login: string): Promise<string>;
  updateIssueBody(number: number, body: string): Promise<void>;
  /**
   * IssueOps: the login the token acts for (a personal access token's user), or undefined when
   * GitHub does not say (an app's installation token, such as GITHUB_TOKEN: its comments are a Bot's).
   */
  viewer(): Promise<string | undefined>;
}

export interface IssueComment {
  id: number;
  body: string;
  login: string;
  /** User, Bot or Organization. */
  userType: string;
  createdAt: string;
  updatedAt: string;
  htmlUrl: string;
}
