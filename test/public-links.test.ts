// Links in public output, through the built CLI: every probe of issue 13 (script, data and vbscript
// URLs hidden by character references, images, autolinks, reference definitions) leaves no link
// but http, https or mailto in render --audience public (Markdown and HTML), status-update and
// publish, judged by parsing the output (remark for Markdown, the attributes' decoded values for HTML).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { makeRepo, type TestRepo } from './helpers/repo.ts';

export const ID = '2026-02-01-links';

export const LINK_PROBES = [
  '[v1](java&#115;cript:alert(1))',
  '[v2](&#106;avascript:alert(1))',
  '[v3](javascript&colon;alert(1))',
  '![v4](java&#115;cript:alert(1))',
  '[v5](data&#58;text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[v6](vbscript:msgbox(1))',
  '[v7](JaVaScRiPt:alert(1))',
  '<javascript:alert(1)>',
  '[v8][r1]',
  '![v9][r2]',
  '[v10](<java&#x09;script:alert(1)>)',
  '[v11](&#x6A;avascript&#x3A;alert(1))',
];
const DEFINITIONS = ['[r1]: javascript:alert(1)', '[r2]: data:image/svg+xml;base64,PHN2Zz4='];
const SAFE = '[status](https://status.example.com/x) and <mailto:help@status.example.com>';

export const TEXT = `---
id: ${ID}
title: Links
kind: incident
severity: SEV-2
status: closed
timezone: UTC
public: true
timeline:
  - { at: 2026-02-01T10:00:00Z, kind: started, text: Errors began }
postmortem: { owner: Carol, status: published }
---

## Public summary

${[...LINK_PROBES, SAFE].join(' \n')}

${DEFINITIONS.join('\n')}

### What happened

A change failed.

### What we are doing about this

Safer rollouts.
`;

const SAFE_URL = /^(?:https?|mailto):/i;

/** Every link, image and definition URL remark finds in Markdown output. */
function markdownUrls(md: string): string[] {
  const urls: string[] = [];
  const walk = (n: Nodes) => {
    if ('url' in n && typeof n.url === 'string') urls.push(n.url);
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(fromMarkdown(md));
  return urls;
}

/** Every href, src, action, formaction or xlink:href value in HTML output, character references decoded. */
function htmlUrls(html: string): string[] {
  const decode = (v: string) => v.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, ref: string) => {
    if (ref[0] !== '#') return decodeNamedCharacterReference(ref) || m;
    return String.fromCodePoint(ref[1]!.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
  });
  return [...html.matchAll(/\s(?:href|src|action|formaction|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)]
    .map((m) => decode(m[1] ?? m[2] ?? m[3]!).replace(/[\u0000-\u0020]/g, ''));
}

describe('links in public output', () => {
  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    repo.write('.incident.yml', 'public_domains: [status.example.com]\n');
    repo.write(`incidents/${ID}.md`, TEXT);
  });
  after(() => repo.cleanup());

  // The site's own navigation links are relative (the template's); every other URL is http, https or mailto.
  const check = (out: string, urls: string[], how: string, site = false) => {
    for (const url of urls) {
      if (site && /^\.\.\/[\w.-]+$/.test(url)) continue;
      assert.match(url, SAFE_URL, `${how}: unsafe URL ${JSON.stringify(url)} in:\n${out}`);
    }
    assert.ok(urls.includes('https://status.example.com/x'), `${how}: the safe link is kept`);
    for (const text of ['v1', 'v2', 'v3', 'v5', 'v6', 'v7', 'v11']) assert.ok(out.includes(text), `${how}: link text ${text} kept`);
  };

  for (const args of [['render', ID, '--audience', 'public'], ['status-update', ID]]) {
    it(`${args.join(' ')}: Markdown with http, https and mailto links only`, () => {
      const r = repo.run(args);
      assert.equal(r.code, 0, r.stderr);
      check(r.stdout, markdownUrls(r.stdout), args.join(' '));
    });
  }

  it('render --audience public --format html: the same', () => {
    const r = repo.run(['render', ID, '--audience', 'public', '--format', 'html']);
    assert.equal(r.code, 0, r.stderr);
    check(r.stdout, htmlUrls(r.stdout), 'html');
  });

  it('publish: the page, the index and the feed', () => {
    const r = repo.run(['publish']);
    assert.equal(r.code, 0, r.stderr);
    const page = fs.readFileSync(path.join(repo.dir, 'site', 'incidents', `${ID}.html`), 'utf8');
    check(page, htmlUrls(page), 'page', true);
    for (const file of ['index.html', 'feed.xml']) {
      const text = fs.readFileSync(path.join(repo.dir, 'site', file), 'utf8');
      // The feed holds escaped HTML: its links are read once unescaped.
      const html = file === 'feed.xml' ? text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&') : text;
      for (const url of htmlUrls(html)) assert.ok(SAFE_URL.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url), `${file}: unsafe URL ${url}`);
    }
  });
});
