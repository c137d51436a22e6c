// The reference pages of docs/ that the code can keep true: each rule's examples (docs/rules/), the
// rules' index, the file format, the config and the template variables. Run: npm run docs (writes
// them); test/docs.test.ts fails while what is committed differs from what this makes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UNREADABLE } from '../src/core/validate/engine.ts';
import { configPage, formatPage } from './docs/schema-pages.ts';
import { indexPage, RULES, withExamples } from './docs/rule-pages.ts';
import { templatesPage } from './docs/template-pages.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The ids a diagnostic can carry besides the rules': the engine's for an unreadable file, validate's across files. */
export const OTHER_RULES: Record<string, string> = {
  [UNREADABLE]: 'The file has a frontmatter block that is valid YAML, without duplicate keys or aliases.',
  'unique-id': 'No two incident files have the same id.',
};

/** Each generated file (relative to the repository) and what it should hold. */
export function generatedDocs(root = ROOT): Map<string, string> {
  const docs = new Map<string, string>();
  for (const rule of RULES) {
    const path = `docs/rules/${rule.id}.md`;
    docs.set(path, withExamples(readFileSync(`${root}/${path}`, 'utf8'), rule, path));
  }
  docs.set('docs/rules/README.md', indexPage(OTHER_RULES));
  docs.set('docs/format.md', formatPage());
  docs.set('docs/config.md', configPage());
  docs.set('docs/templates.md', templatesPage());
  return docs;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const [path, text] of generatedDocs()) {
    let now: string | undefined;
    try {
      now = readFileSync(`${ROOT}/${path}`, 'utf8');
    } catch {
      // a new page
    }
    if (now === text) continue;
    stale.push(path);
    if (!check) writeFileSync(`${ROOT}/${path}`, text);
  }
  process.stderr.write(stale.length ? `${check ? 'out of date' : 'wrote'}: ${stale.join(', ')}\n` : 'docs up to date\n');
  if (check && stale.length) process.exitCode = 1;
}
