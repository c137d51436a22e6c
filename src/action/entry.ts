// The Action's entry (dist/action.js). IssueOps runs on every comment of every tracking issue, so it
// starts from one CommonJS file of its own (dist/issueops.cjs: one file loads in about half the time
// of the ~45 modules of the chunked build); every other command runs main.ts from the chunked build
// (dist/action-main.js). Nothing is imported here: this file is the whole cost of choosing.
const command = (process.env.INPUT_COMMAND ?? '').trim();
const event = process.env.GITHUB_EVENT_NAME ?? '';
if (command === 'issueops' || (!command && (event === 'issue_comment' || event === 'issues'))) {
  process.getBuiltinModule('node:module').createRequire(import.meta.url)('./issueops.cjs');
} else {
  const main = './action-main.js'; // a name, not a literal: the build leaves it to Node (and tsc to the build)
  await import(main);
}
