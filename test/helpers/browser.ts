// A real browser for tests: Debian's chromium driven by playwright-core (`npx playwright install`
// cannot download here). Without chromium the browser tests skip, except on CI where they fail.
// Also the incidents the site tests publish: public or not, published or not, drills, hostile text.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CASEFILE_CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined when they can. */
/** No skipping: without chromium the browser test fails with how to install it (.ci/run does). */
export function requireBrowser(): void {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install -y chromium`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// --- Incidents for the site tests (publish.test.ts and publish-browser.test.ts).

export interface Fixture {
  id: string;
  title?: string;
  kind?: 'incident' | 'drill';
  public?: boolean;
  postmortem?: string;
  severity?: string;
  started?: string;
  recovered?: string;
  summary?: string;
  happened?: string;
  commander?: string;
}

export function incidentText(f: Fixture): string {
  const lines = [
    '---', `id: ${f.id}`, `title: ${JSON.stringify(f.title ?? f.id)}`, `kind: ${f.kind ?? 'incident'}`, `severity: ${f.severity ?? 'SEV-2'}`,
    'status: closed', 'timezone: Europe/Berlin', 'services: [checkout]', `public: ${f.public ?? true}`,
    `roles:\n  incident_commander: ${f.commander ?? 'Alice Example'}`,
    'timeline:',
    ...(f.started ? [`  - { at: ${f.started}, kind: started, by: Bob, text: Errors began }`] : []),
    ...(f.recovered ? [`  - { at: ${f.recovered}, kind: recovered, text: Back to normal }`] : []),
    `postmortem: { owner: Carol, status: ${f.postmortem ?? 'published'} }`, '---',
  ];
  const body = [
    '## Summary', '', 'Internal: Bob restarted db-7.', '',
    '## Public summary', '', f.summary ?? 'Some customers could not check out. The issue is resolved.', '',
    '### What happened', '', f.happened ?? 'A configuration change failed.', '',
    '### What we are doing about this', '', '- Safer rollouts.', '',
    '## Lessons learned', '', 'Internal again.', '',
  ];
  return [...lines, ...body].join('\n');
}

/** A title and summary written to break out of the page if anything were not escaped. */
export const HOSTILE: Fixture = {
  id: '2026-02-10-hostile',
  title: '<script>window.__pwned = "title"</script> Checkout & "quotes" <b>bold</b>',
  started: '2026-02-10T09:00:00Z',
  recovered: '2026-02-10T09:30:00Z',
  summary: [
    'Read [the details](javascript:window.__pwned="link") or <a href="javascript:window.__pwned=1">this</a>.',
    '<img src=x onerror="window.__pwned=\'img\'"> <b>raw</b> <script>window.__pwned="script"</script>',
  ].join('\n'),
  happened: '<iframe src="javascript:alert(1)"></iframe>\n\n[ok](https://status.example.com)',
};
