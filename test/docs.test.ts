// The reference in docs/ stays true: the generated pages are what `npm run docs` makes from the code
// now (a rule example, a schema field, a config key or a template variable added without running it
// fails here, and a template variable without words stops the generator), every rule id a
// diagnostic can carry has its page with the parts people look for, every diagnostic's url is that
// page, the config schema knows every setting, and every relative link in the docs leads somewhere.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { generatedDocs, OTHER_RULES } from '../scripts/docs.ts';
import { RULES } from '../src/core/rules/index.ts';
import { DOCS_URL, ruleUrl } from '../src/core/validate/rule-url.ts';
import { formatJson, summarize } from '../src/core/validate/format.ts';
import { configSchema } from '../src/core/config/config-schema.ts';
import { configTemplate, DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { repositoryIncidentSchema } from '../src/core/config/repo-schema.ts';
import { definitions, INSIGHTS_VERSION } from '../src/core/insights/definitions.ts';
import { METRIC_KEYS } from '../src/core/metrics/metrics.ts';
import { ROOT } from './helpers/repo.ts';

const IDS = [...RULES.map((r) => r.id), ...Object.keys(OTHER_RULES)];

describe('docs/', () => {
  it('holds what npm run docs makes from the code now', () => {
    const stale = [...generatedDocs()].filter(([rel, text]) => !fs.existsSync(path.join(ROOT, rel)) || fs.readFileSync(path.join(ROOT, rel), 'utf8') !== text).map(([rel]) => rel);
    assert.deepEqual(stale, [], 'out of date: run `npm run docs` and commit the result');
  });

  it('has a page per rule id: what it checks, why, how to fix, a failing and a passing example', () => {
    const pages = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).filter((f) => f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
    assert.deepEqual(pages.sort(), [...IDS].sort());
    for (const id of IDS) {
      const page = fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${id}\n\n`), id);
      for (const part of ['## Why', '## How to fix', '## Examples', '### Failing', '### Passing', '`incident validate` says:']) {
        assert.ok(page.includes(`\n${part}\n`), `${id}: ${part}`);
      }
    }
  });

  it("links every diagnostic to its rule's page, in the repository package.json names", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const repo = /github\.com\/([^/]+\/[^/.]+)/.exec(pkg.repository.url)![1];
    assert.equal(DOCS_URL, `https://github.com/${repo}/blob/main/docs/`);
    for (const id of IDS) assert.ok(fs.existsSync(path.join(ROOT, ruleUrl(id).slice(DOCS_URL.length - 'docs/'.length))), id);
    const diagnostic = { file: 'incidents/x.md', line: 5, column: 11, severity: 'error' as const, message: 'Unexpected severity "SEV-9"', ruleId: 'frontmatter-schema' };
    const json = JSON.parse(formatJson([diagnostic], summarize(1, [diagnostic])));
    assert.equal(json.diagnostics[0].url, `${DOCS_URL}rules/frontmatter-schema.md`);
  });

  it('docs/metrics.md defines each response time as the code computes it, under the version insights --json gives', () => {
    const page = fs.readFileSync(path.join(ROOT, 'docs', 'metrics.md'), 'utf8');
    assert.match(page, new RegExp(`this page is version \\*\\*${INSIGHTS_VERSION}\\*\\*`));
    const rows = new Map([...page.matchAll(/^\| ([a-z ]+) \| (.+) \| (.+) \|$/gm)].map((m) => [m[1], { from: m[2]!, to: m[3]! }]));
    const response = definitions().response as Record<string, { from: string; to: string }>;
    assert.deepEqual([...rows.keys()].filter((k) => k !== 'metric'), METRIC_KEYS.map((k) => k.replace(/_/g, ' ')), 'a row per metric, in the order show prints them');
    const kinds = (text: string) => [...new Set([...text.matchAll(/\b(started|detected|acknowledged|declared|mitigated|recovered|resolved)\b/g)].map((m) => m[1]))];
    for (const key of METRIC_KEYS) {
      const row = rows.get(key.replace(/_/g, ' '))!;
      const code = response[key]!;
      assert.deepEqual(kinds(row.from), kinds(code.from), `${key}: from`);
      assert.deepEqual(kinds(row.to), kinds(code.to), `${key}: to`);
      // First or last, as the code takes it.
      assert.equal(/\bfirst\b/.test(row.from), /\(first\)/.test(code.from), `${key}: first`);
      assert.equal(/\blast\b/.test(row.to), /\(last/.test(code.to), `${key}: last`);
    }
  });

  it('every relative link in docs/ and the README leads to a file that exists', () => {
    const files = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const broken: string[] = [];
    for (const file of files) {
      // Not in code: fenced blocks, then inline code spans.
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1/gm, '').replace(/(`+)[^`][\s\S]*?\1/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        if (!fs.existsSync(path.resolve(ROOT, path.dirname(file), decodeURIComponent(target!)))) broken.push(`${file}: ${target}`);
      }
    }
    assert.deepEqual(broken, []);
  });
});

describe('the schemas init writes', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });

  it('the config schema has a property for every setting of Config, and no other', () => {
    const program = ts.createProgram([path.join(ROOT, 'src', 'core', 'config', 'config.ts')], { allowImportingTsExtensions: true, noEmit: true, strict: true });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(path.join(ROOT, 'src', 'core', 'config', 'config.ts'))!;
    const config = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).find((s) => s.getName() === 'Config')!;
    const keys = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(config)).map((p) => p.getName());
    assert.ok(keys.length >= Object.keys(DEFAULT_CONFIG).length);
    assert.deepEqual(Object.keys(configSchema.properties).sort(), keys.sort(), 'src/core/config/config-schema.ts and the Config interface differ: describe the new setting there, then npm run docs');
  });

  it('what init writes is valid against them; a misspelt key and an unknown severity are not', () => {
    const config = ajv.compile(configSchema);
    assert.ok(config(parseYaml(configTemplate())), JSON.stringify(config.errors));
    assert.ok(!config({ ...parseYaml(configTemplate()), severites: ['SEV-1'] }));
    const incident = ajv.compile(repositoryIncidentSchema({ ...DEFAULT_CONFIG, severities: ['P1', 'P2'] }));
    const file = { id: '2026-03-01-x', title: 'X', kind: 'incident', severity: 'P2', status: 'investigating', timezone: 'UTC' };
    assert.ok(incident(file), JSON.stringify(incident.errors));
    assert.ok(!incident({ ...file, severity: 'SEV-2' }));
    // Statuses and kinds are enums too (the file format's own).
    assert.ok(!incident({ ...file, status: 'fixed' }));
    assert.ok(!incident({ ...file, kind: 'outage' }));
  });
});
