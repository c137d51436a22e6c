// Every diagnostic links the page that explains its rule (docs/rules/<rule>.md): what it checks,
// why, a failing and a passing example, how to fix it. `--json` has it as `url`, remark messages
// as `url`, so editors make the rule id a link.
export const DOCS_URL = 'https://github.com/casefile/casefile/blob/main/docs/';

export const ruleUrl = (ruleId: string): string => `${DOCS_URL}rules/${ruleId}.md`;
