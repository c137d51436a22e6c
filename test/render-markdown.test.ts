// The public summary's Markdown, as HTML (public pages) and as Markdown (public documents):
// what people write renders, and nothing in it can become markup, script or an unsafe link.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { markdownToHtml } from '../src/core/render/markdown-html.ts';
import { safeUrl } from '../src/core/render/markdown-inline.ts';
import { loadMarkdownParser, safeMarkdown } from '../src/core/render/markdown-safe.ts';
import { loadMarkdownHtml } from '../src/core/render/markdown-html.ts';

// HTML templates run the sanitizing Markdown pipeline, and safeMarkdown remark's parser: loaded on demand.
await loadMarkdownHtml();
await loadMarkdownParser();

describe('markdownToHtml', () => {
  it('renders the blocks people write in a summary', () => {
    const source = [
      '# Title', '', 'A *first* paragraph with **bold**, _em_, ~~old~~ and `code <b>`.', 'Same paragraph.', '',
      '- one', '- two', '  continued', '', '3. three', '4. four', '', '> quoted', '', '```sh', 'echo "<b>" && ls', '```', '', '---', '',
      '| a | b |', '|:--|--:|', '| 1 | 2 \\| 3 |', '', 'Line with break  ', 'next', '',
    ].join('\n');
    assert.equal(markdownToHtml(source, { headingOffset: 1 }), [
      '<h2>Title</h2>',
      '<p>A <em>first</em> paragraph with <strong>bold</strong>, <em>em</em>, <del>old</del> and <code>code &#x3C;b></code>.\nSame paragraph.</p>',
      '<ul>\n<li>one</li>\n<li>two\ncontinued</li>\n</ul>',
      '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>',
      '<blockquote>\n<p>quoted</p>\n</blockquote>',
      '<pre><code class="language-sh">echo "&#x3C;b>" &#x26;&#x26; ls\n</code></pre>',
      '<hr>',
      '<table>\n<thead>\n<tr>\n<th align="left">a</th>\n<th align="right">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align="left">1</td>\n<td align="right">2 | 3</td>\n</tr>\n</tbody>\n</table>',
      '<p>Line with break<br>\nnext</p>',
    ].join('\n'));
  });

  it('links to http, https and mailto only (rehype-sanitize); anything else keeps its text, without a link', () => {
    assert.equal(markdownToHtml('[status](https://status.example.com/a?b=1&c=2 "Status")'),
      '<p><a href="https://status.example.com/a?b=1&#x26;c=2" title="Status">status</a></p>');
    assert.equal(markdownToHtml('[x](javascript:alert(1))'), '<p>x</p>');
    assert.equal(markdownToHtml('[x](JaVaScRiPt:alert(1))'), '<p>x</p>');
    assert.equal(markdownToHtml('[x](data:text/html,<script>alert(1)</script>)'), '<p>x</p>');
    assert.equal(markdownToHtml('<javascript:alert(1)>'), '<p>javascript:alert(1)</p>');
    assert.equal(markdownToHtml('[x](&#106;avascript:alert(1))'), '<p>x</p>');
    assert.equal(markdownToHtml('[x](/status#today)'), '<p>x</p>');
    assert.equal(markdownToHtml('<https://example.com>'), '<p><a href="https://example.com">https://example.com</a></p>');
    assert.equal(markdownToHtml('![chart" onerror="alert(1)](https://x.test/c.png)'), '<p><img src="https://x.test/c.png" alt="chart&#x22; onerror=&#x22;alert(1)"></p>');
    assert.equal(safeUrl('java\tscript:alert(1)'), undefined);
    assert.equal(safeUrl(' \u0000javascript:alert(1)'), undefined);
    assert.equal(safeUrl('vbscript:x'), undefined);
    assert.equal(safeUrl('/status#today'), '/status#today');
    assert.equal(safeUrl('mailto:support@example.com'), 'mailto:support@example.com');
  });

  it('shows raw HTML as text and drops comments', () => {
    assert.equal(markdownToHtml('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<!-- private -->ok'),
      '<p>&#x3C;script>alert(1)&#x3C;/script></p>\n<p>&#x3C;img src=x onerror=alert(1)></p>\n<p>ok</p>');
    assert.equal(markdownToHtml('a <!-- never\nclosed'), '<p>a</p>');
    assert.equal(markdownToHtml('&copy; &amp; & &lt;b&gt;'), '<p>© &#x26; &#x26; &#x3C;b></p>');
  });

  it('never lets a tag, an event handler or a script URL through, whatever the input', () => {
    const pieces = ['<', '>', '"', "'", '`', '[', ']', '(', ')', '!', '*', '_', '\\', '&', '#', ':', ' ', '\n', '\t', '-', '|',
      'script', 'javascript:', 'onerror=', 'img', 'a href', '<!--', '-->', 'x', '1.', '```', '    '];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const out = markdownToHtml(parts.join(''));
      // A tag as an HTML parser reads one: a quoted attribute value may hold `<` and `>` (```><x gives
      // class="language-><x", which is text, not a tag).
      const tags = [...out.matchAll(/<\/?([a-z0-9]+)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)];
      for (const [, name, attrs] of tags) {
        assert.ok(['p', 'em', 'strong', 'del', 'code', 'pre', 'a', 'img', 'ul', 'ol', 'li', 'blockquote', 'hr', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'sup', 'section'].includes(name!), `tag ${name} in ${out}`);
        for (const [, attr, value] of attrs!.matchAll(/\s([a-z-]+)="([^"]*)"/g)) {
          assert.ok(['href', 'src', 'alt', 'title', 'class', 'start', 'align', 'type', 'id', 'dir', 'data-footnotes', 'data-footnote-ref', 'data-footnote-backref', 'aria-describedby', 'aria-label'].includes(attr!), `attribute ${attr} in ${out}`);
          if (attr === 'href' || attr === 'src') assert.ok(!/^\s*javascript:/i.test(value!), out);
        }
      }
    }), { numRuns: 2000, seed: 20261205, examples: [[['```', '>', '<', 'x']]] });
  });
});

describe('safeMarkdown', () => {
  it('keeps what people wrote, without comments, raw HTML or script links', () => {
    assert.equal(safeMarkdown('Hello <!-- internal: ask Bob -->world.\n\n<!-- guidance\nover lines -->\n\nBye.'), 'Hello world.\n\nBye.');
    assert.equal(safeMarkdown('<img src=x onerror=alert(1)> and <b>bold</b>'), '&lt;img src=x onerror=alert(1)> and &lt;b>bold&lt;/b>');
    assert.equal(safeMarkdown('`<b>` stays code'), '`<b>` stays code');
    assert.equal(safeMarkdown('```html\n<b>\n```'), '```html\n<b>\n```');
    assert.equal(safeMarkdown('[x](javascript:alert(1)) [y](https://ok.test)'), 'x [y](https://ok.test)');
    assert.equal(safeMarkdown('[ref]: javascript:alert(1)\n\n[z][ref]'), '[z][ref]');
    assert.equal(safeMarkdown('<https://ok.test> <javascript:alert(1)>'), '<https://ok.test> javascript:alert(1)');
  });

  it('moves headings to fit the document, outside code blocks', () => {
    assert.equal(safeMarkdown('#### Deep\n\n```\n# not a heading\n```\n\n# Top', { headingOffset: -1 }), '### Deep\n\n```\n# not a heading\n```\n\n# Top');
    assert.equal(safeMarkdown('###### Six', { headingOffset: 2 }), '###### Six');
  });
});
