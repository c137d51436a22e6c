// The screen in front of the public-leak render (src/core/render/public-screen.ts) against the full
// render: on generated public incidents (fast-check, seeded) built from what leaks (names split by
// markup, entities, look-alike letters and accents; emails, internal hosts and URLs, private IPs,
// tokens, `redact:` terms) set into every field public output shows (title, severity, services, id,
// the Public summary and its subsections, updates, the site's title and links) with Markdown around
// it, and on the fixtures: the leaks `publicLeaks` reports with the screen are exactly those of
// rendering every output. And the screen's premise: the built-in templates set every string of
// their contexts apart from their own words. More cases: CASEFILE_PROPERTY_RUNS=20000.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_CONFIG, type Config } from '../src/core/config/config.ts';
import { DEFAULT_PUBLIC_TEMPLATES, publicLeaks } from '../src/core/publish/public-check.ts';
import { prepare, publicSummaryOf, viewOf } from '../src/core/render/prepare.ts';
import { fold, foldName, foldText, plain, plainText } from '../src/core/render/plain.ts';
import { caseless, hasWordRun, loose, looseInFull, readings, readingsInFull, screenNames, secretIn, secretInAny, templateText, wordsOf } from '../src/core/render/public-screen.ts';
import { leakRules, peopleOf } from '../src/core/render/leak.ts';
import { loadCompiled } from '../src/core/render/load.ts';
import { finishOutput } from '../src/core/render/output.ts';
import { feedContext, indexContext, pageLinks, siteEntry } from '../src/core/render/site.ts';
import { look, pageUpdates } from '../src/core/status-page/site.ts';
import { updatesOf } from '../src/core/status-page/model.ts';
import { ROOT } from './helpers/repo.ts';

const RUNS = Number(process.env.CASEFILE_PROPERTY_RUNS ?? 1000);
const SEED = Number(process.env.CASEFILE_PROPERTY_SEED ?? 20261205);
const NOW = Date.parse('2026-03-02T10:00:00Z');

const PEOPLE = ['Alice Example', 'alice', 'Bob', 'Will Price', 'Ana María', "Siobhan O'Neill", 'carmen-gh', 'Eun-ji', 'j.doe', 'AWS', 'Zoë', 'Dr. Who', 'ops_bot', 'x', 'Ωmega', 'ΣΑΣ'];
const LEAKS = [
  'bob@acme.com', 'oncall-team@corp.example.com', 'db-7.internal.acme', 'https://grafana.internal.acme/d/x', 'http://jenkins/job/1',
  'https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXX', 'AKIAIOSFODNN7EXAMPLE', `ghp_${'a1B2'.repeat(9)}`, 'xoxb-1234567890-abcdefghij',
  'Bearer abcdefghijklmnopqrstuvwxyz012345', 'Basic dXNlcjpwYXNzd29yZA==', 'password=hunter2222', 'api_key: s3cr3tvalue', '10.0.0.7', '192.168.1.20',
  '172.16.4.4', '127.0.0.1', 'fe80::1ff:fe23:4567:890a', 'fd12:3456::1', '::1', 'https://user:pa55word@example.com/x',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34\n-----END RSA PRIVATE KEY-----',
  `sk_live_${'x'.repeat(24)}`, 'AIzaSyA-1234567890abcdefghijklmnopqrstu', `npm_${'a'.repeat(36)}`, 'api.svc.cluster.local', 'ip-10-0-0-5.ec2.internal',
  'Globex Corporation', 'GLOBEX corporation', 'Project Falcon', 'internal', 'secret', 'password',
];
const HARMLESS = [
  'Customers saw errors.', 'grafana', 'canary', 'analytics', 'Price checks', 'Will this recur?', 'update at', 'UTC', 'minutes', 'Affected services',
  'html', 'incident', 'casefile', 'urn', 'https://status.example.com/x', 'status.example.com', 'Node.js', 'e.g.', 'README.md', 'github.com', 'SEV-2',
  '2026-03-01', '12:50', 'v1.2.3', '8.8.8.8', 'Duration', 'Started', 'about', 'x', 'a', 'ok', '42',
];
// How a fragment is written: as is, in other case, split by markup, encoded.
const WRITINGS: ((s: string) => string)[] = [
  (s) => s, (s) => s.toUpperCase(), (s) => s.toLowerCase(), (s) => `**${s}**`, (s) => `*${s}*`, (s) => `\`${s}\``, (s) => `_${s}_`, (s) => `~~${s}~~`,
  (s) => mid(s, '**'), (s) => mid(s, '*'), (s) => mid(s, '_'), (s) => mid(s, '\\*'), (s) => mid(s, '`'), (s) => mid(s, '` `'), (s) => `\` ${s.slice(0, 2)} \`${s.slice(2)}`,
  (s) => mid(s, '&shy;'), (s) => mid(s, '\u00AD'), (s) => mid(s, '\u200B'), (s) => mid(s, '\uFEFF'), (s) => mid(s, '<b>'), (s) => mid(s, '&lt;b&gt;'),
  (s) => mid(s, '<!-- x -->'), (s) => mid(s, '&amp;'), (s) => mid(s, ' '), (s) => mid(s, '\\\n'), (s) => mid(s, '|'),
  (s) => s.replace(/a/g, '\u0430'), (s) => s.replace(/e/g, 'é'), (s) => s.replace(/i/g, '&#105;'), (s) => s.replace(/o/g, '&amp;#111;'), (s) => s.replace(/@/g, '&#64;'),
  (s) => s.replace(/e/g, '&eacute;'), (s) => mid(s, '&ZeroWidthSpace;'), (s) => mid(s, '\u0001'), (s) => mid(s, '\u0007'), (s) => mid(s, '\\\n   '), (s) => s.replace(/\./g, '&period;'), (s) => s.replace(/ /g, '\n'), (s) => s.replace(/ /g, ' '.repeat(20)), (s) => s.replace(/ /g, '&nbsp;'), (s) => `\\${s}`,
  (s) => `[${s}](https://example.com)`, (s) => `<${s}>`, (s) => `(${s})`, (s) => `${s}.`, (s) => `"${s}"`, (s) => s.replace(/-/g, '\\-'),
];
const mid = (s: string, m: string) => (s.length < 2 ? s : `${s.slice(0, Math.ceil(s.length / 2))}${m}${s.slice(Math.ceil(s.length / 2))}`);

// Near misses: parts of names, names inside words, addresses and tokens that are not quite one.
const NEAR = [
  'Alic', 'lice', 'Alicexample', 'Bobby', 'bob2', 'Willprice', 'carmen', 'eunji', 'jdoe', 'ops-bot', 'bob at acme dot com', 'db-7 internal acme',
  'grafana.acme.com', '10.0.0', '10.0.0.256', '1.2.3.4', 'AKIA12345', 'ghp_short', 'Bearer x', 'passwords are rotated', 'Globex', 'Corporation',
  'Project', 'example.com', 'user@', '@team', 'fe80', 'localhost', 'internal.', '.internal', 'Omega', 'Sas', 'Whois', 'Dr Who', 'opsbot', 'Zoe',
];
/** A fragment, as written one way or another; a leak (a name or a secret) about `density` times in 100. */
const fragmentOf = (density: number) => fc.tuple(
  density === 0 ? fc.constantFrom(...HARMLESS, ...NEAR) : fc.oneof(
    { arbitrary: fc.constantFrom(...HARMLESS, ...NEAR), weight: 100 },
    { arbitrary: fc.constantFrom(...PEOPLE), weight: density },
    { arbitrary: fc.constantFrom(...LEAKS), weight: density },
  ),
  fc.nat(WRITINGS.length * 3 - 1),
).map(([s, w]) => (w < WRITINGS.length ? WRITINGS[w]!(s) : s));
const words = (d: number, max: number) => fc.array(fragmentOf(d), { minLength: 1, maxLength: max }).map((a) => a.join(' '));
const line = (d: number, max: number) => words(d, max).map((s) => s.replace(/\n/g, ' '));
const blockOf = (d: number) => fc.tuple(fc.constantFrom('', '', '', '- ', '> ', '### ', '| ', '1. ', '    '), words(d, 5)).map(([pre, w]) => pre + w);
const prose = (d: number) => fc.array(blockOf(d), { minLength: 1, maxLength: 4 }).map((b) => b.join('\n\n'));

const q = (s: string) => JSON.stringify(s);

// How often a fragment leaks: never in half of the incidents, else rarely to often.
const incident = fc.constantFrom(0, 0, 0, 0, 1, 2, 5, 20).chain((d) => fc.record({
  title: line(d, 3),
  severity: fc.oneof(fc.constant('SEV-2'), line(d, 1)),
  services: fc.array(line(d, 1), { maxLength: 3 }),
  idTail: fc.oneof(fc.constant('checkout'), line(d, 1).map((s) => s.replace(/[^A-Za-z0-9.-]+/g, '-').slice(0, 40) || 'x')),
  status: fc.constantFrom('investigating', 'monitoring', 'resolved', 'closed'),
  kind: fc.constantFrom('incident', 'incident', 'drill'),
  roles: fc.array(fc.constantFrom(...PEOPLE), { maxLength: 3 }),
  by: fc.array(fc.constantFrom(...PEOPLE), { maxLength: 2 }),
  owner: fc.option(fc.constantFrom(...PEOPLE), { nil: undefined }),
  ended: fc.boolean(),
  approx: fc.boolean(),
  summary: fc.option(prose(d), { freq: 6, nil: undefined }),
  happened: fc.option(prose(d), { nil: undefined }),
  doing: fc.option(prose(d), { nil: undefined }),
  other: fc.option(fc.tuple(line(d, 2), prose(d)), { nil: undefined }),
  internal: prose(20),
  updates: fc.array(fc.tuple(fc.constantFrom('investigating', 'identified', 'monitoring', 'resolved', 'bogus'), prose(d)), { maxLength: 2 }),
}));

// Mostly a config a team would have; now and then one whose own words leak (a site link, a
// one-letter `redact:` term).
const config = fc.record({
  people: fc.constantFrom<Record<string, string>>({}, { 'Alice Example': 'alice' }, { 'Ana María': 'ana', Carmen: 'carmen-gh' }),
  redact: fc.constantFrom<string[]>([], [], [], ['db-7.internal.acme', 'Globex Corporation'], ['db-7.internal.acme', 'Globex Corporation'], ['Project Falcon', 'Ana'], ['x'], ['42', '---']),
  allow: fc.constantFrom<string[]>([], ['AWS'], ['bob@acme.com', 'secret']),
  public_domains: fc.constantFrom<string[]>([], ['example.com'], ['acme.com', 'internal.acme']),
  site_title: fc.oneof({ arbitrary: fc.constant('Incident history'), weight: 4 }, { arbitrary: line(5, 2), weight: 1 }),
  site: fc.constantFrom<Config['site']>({ links: {}, colors: {} }, { links: {}, colors: {} }, { links: {}, colors: {} },
    { title: 'Acme status', links: { Blog: 'https://blog.example.com' }, colors: {}, logo: 'https://cdn.example.com/logo.png' },
    { links: { 'Ops wiki': 'https://wiki.internal.acme/ops', Bob: 'https://example.com' }, colors: {} }),
}).map((c): Config => ({ ...DEFAULT_CONFIG, ...c }));

type Incident = typeof incident extends fc.Arbitrary<infer T> ? T : never;

function textOf(i: Incident): string {
  const id = `2026-03-01-${i.idTail}`;
  const roles = i.roles.length ? ['roles:', ...i.roles.map((r, k) => `  ${['incident_commander', 'deputy', 'scribe'][k]}: ${q(r)}`)] : [];
  const timeline = ['timeline:', `  - at: 2026-03-01T12:50:00+01:00`, `    kind: started`, ...(i.approx ? ['    approx: true'] : []), ...(i.by[0] ? [`    by: ${q(i.by[0])}`] : []), `    text: ${q('Error rate up')}`];
  if (i.ended) timeline.push('  - at: 2026-03-01T13:35:00+01:00', '    kind: recovered', ...(i.by[1] ? [`    by: ${q(i.by[1])}`] : []), `    text: ${q('Back to normal')}`);
  const updates = i.updates.length ? ['updates:', ...i.updates.flatMap(([status, text], k) => [
    `  - at: 2026-03-01T1${3 + k}:00:00Z`, `    status: ${status}`, `    text: ${q(text)}`, `    by: ${q(i.by[0] ?? 'bob')}`])] : [];
  const fm = [
    '---', `id: ${q(id)}`, `title: ${q(i.title)}`, `kind: ${i.kind}`, `severity: ${q(i.severity)}`, `status: ${i.status}`, 'timezone: Europe/Berlin',
    `services: [${i.services.map(q).join(', ')}]`, 'public: true', ...roles, ...timeline, ...updates,
    ...(i.owner ? ['postmortem:', `  owner: ${q(i.owner)}`, '  status: published'] : []), '---',
  ];
  const body = ['', '# Incident', ''];
  if (i.summary !== undefined) {
    body.push('## Public summary', '', i.summary, '');
    if (i.happened) body.push('### What happened', '', i.happened, '');
    if (i.doing) body.push('### What we are doing about this', '', i.doing, '');
    if (i.other) body.push(`### ${i.other[0]}`, '', i.other[1], '');
  }
  body.push('## Timeline', '', i.internal, '');
  return `${fm.join('\n')}\n${body.join('\n')}`;
}

/** The leaks with the screen and without it (every output rendered), and whether the screen decided alone. */
async function both(file: string, text: string, cfg: Config) {
  const p = await prepare(text, file);
  // The screen looks for every name the leak check looks for (and maybe more).
  const names = new Set(screenNames(peopleOf(p.data), cfg.people));
  for (const { folded } of leakRules(peopleOf(p.data), cfg).names) assert.ok(names.has(folded), `${file}: the screen does not look for ${folded}`);
  const input = { file, text, split: p.split, data: p.data, body: p.body, config: cfg, now: NOW };
  const full = await verdict(() => publicLeaks({ ...input, screen: false }));
  let decided = false;
  const screened = await verdict(() => publicLeaks({ ...input, onScreen: (clean) => (decided = clean) }));
  return { full, screened, decided };
}

const verdict = async (run: () => Promise<unknown>) => {
  try {
    return await run();
  } catch (error) {
    return `threw ${error instanceof Error ? error.message : String(error)}`;
  }
};

describe('the public-leak screen gives the full render\'s verdict', () => {
  it(`on ${RUNS} generated public incidents (seed ${SEED})`, async (t) => {
    let leaking = 0;
    let clean = 0;
    let decided = 0;
    await fc.assert(fc.asyncProperty(incident, config, async (i, cfg) => {
      const { full, screened, decided: alone } = await both('incidents/x.md', textOf(i), cfg);
      if (alone) decided++;
      assert.deepEqual(screened, full, `with the screen:\n${JSON.stringify(screened, null, 1)}\nfull render:\n${JSON.stringify(full, null, 1)}`);
      if (Array.isArray(full) && full.length) leaking++;
      else clean++;
    }), { numRuns: RUNS, seed: SEED, includeErrorInReport: true });
    t.diagnostic(`${leaking} leaking, ${clean} clean, ${decided} decided by the screen alone`);
    // Both kinds are there in numbers, and the screen decides alone in many of the clean ones.
    assert.ok(leaking > RUNS / 5 && clean > RUNS / 5 && decided > RUNS / 10, `${leaking} leaking, ${clean} clean, ${decided} decided by the screen, of ${RUNS}`);
  });

  it('on the fixtures and the repository\'s incidents (as public incidents), with the default config and a team\'s', async () => {
    const files = [
      ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'backfill')).map((n) => path.join('test', 'fixtures', 'backfill', n, 'incident.md')),
      ...fs.readdirSync(path.join(ROOT, 'incidents')).filter((n) => n.endsWith('.md')).map((n) => path.join('incidents', n)),
      ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures')).filter((n) => n.endsWith('.md')).map((n) => path.join('test', 'fixtures', n)),
    ];
    const team: Config = { ...DEFAULT_CONFIG, people: { 'Alice Example': 'alice', Renee: 'renee' }, redact: ['db2kafka', 'Globex Corporation'], site_title: 'Acme status' };
    let checked = 0;
    for (const file of files) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/^public: .*$/m, 'public: true');
      for (const cfg of [DEFAULT_CONFIG, team]) {
        let outcome;
        try {
          outcome = await both(file, text, cfg);
        } catch {
          continue; // a fixture that is not an incident file (prepare refuses it)
        }
        assert.deepEqual(outcome.screened, outcome.full, file);
        checked++;
      }
    }
    assert.ok(checked >= 10, `only ${checked} files checked`);
  });
});

describe('the screen\'s premise: the built-in templates set their contexts\' strings apart', () => {
  it('every word of every output is the templates\' own, a whole marker, or a word of a context string', async () => {
    const t = DEFAULT_PUBLIC_TEMPLATES;
    const own = runsOf(templateText([t.publicMd, t.publicHtml, t.statusUpdate, t.siteIndex, t.siteFeed, ...t.partials.md, ...t.partials.html].map((x) => x.source)));
    const markers = (k: string) => `Qz${k}qz`;
    for (const variant of ['plain', 'drill', 'open', 'site']) {
      const text = textOf({
        title: markers('title'), severity: markers('sev'), services: [markers('sa'), markers('sb')], idTail: markers('id'), status: variant === 'open' ? 'investigating' : 'resolved',
        kind: variant === 'drill' ? 'drill' : 'incident', roles: [], by: [], owner: undefined, ended: variant !== 'open', approx: variant === 'open',
        summary: markers('summary'), happened: markers('happened'), doing: markers('doing'), other: [markers('othertitle'), markers('other')], internal: 'x',
        updates: [['investigating', markers('update')]],
      });
      const cfg: Config = { ...DEFAULT_CONFIG, site_title: markers('site'), ...(variant === 'site' ? { site: { title: markers('sitetitle'), logo: 'https://cdn.example.com/qzlogoqz.png', links: { [markers('label')]: 'https://example.com/qzlinkqz' }, colors: { accent: '#0969da' } } } : {}) };
      const p = await prepare(text, 'incidents/x.md');
      const summary = publicSummaryOf(p);
      const view = viewOf(p, { audience: 'public', now: NOW, defaultTimeZone: () => 'UTC' }, summary);
      const title = cfg.site.title ?? cfg.site_title;
      const page = { ...view, site: { ...pageLinks(title), ...look(cfg) }, updates: pageUpdates(updatesOf(p.data)), open: variant === 'open' };
      const entry = [siteEntry(view)];
      const contexts: [typeof t.publicMd, 'md' | 'html', object][] = [
        [t.publicMd, 'md', view], [t.statusUpdate, 'md', view], [t.publicHtml, 'html', page], [t.siteIndex, 'html', indexContext(title, entry)], [t.siteFeed, 'html', feedContext(title, entry)],
      ];
      // The words of the contexts' strings that are not markers ("incidents", "html", "urn", "utc"...).
      const theirs = new Set<string>();
      const walk = (v: unknown) => {
        if (typeof v === 'string') {
          for (const r of runsOf(v)) if (!r.includes('qz')) theirs.add(r);
        } else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
      };
      contexts.forEach((c) => walk(c[2]));
      for (const [template, format, context] of contexts) {
        const partials = Object.fromEntries(t.partials[format].map((x) => [x.name, x.source]));
        const out = finishOutput((await loadCompiled(template.source, { format, partials, name: template.file }))(context as never), format);
        for (const run of runsOf(out)) {
          if (run.includes('qz')) assert.match(run, /^qz[a-z]+qz$/, `${variant} ${template.file}: a marker joined to other letters: ${run}`);
          else if (!/^(\d+[dhms]?)+$/.test(run)) assert.ok(own.has(run) || theirs.has(run) || DURATION_WORDS.has(run), `${variant} ${template.file}: "${run}" is neither the template's nor a context's`);
        }
      }
    }
  });
});

const DURATION_WORDS = new Set(['about', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'utc']);
/** The words (runs of letters and digits) of output as the leak check reads it, folded. */
function runsOf(text: string): Set<string> {
  return new Set(fold(plain(text)).text.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

describe('foldText', () => {
  it('reads as fold does, without the offsets (ASCII, accents, look-alikes, astral characters, final sigma)', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('ΣΑΣ Ωmega', 'Zoë ﬁx Ａｌｉｃｅ', 'аlice İstanbul 𝐀𝐥𝐢𝐜𝐞')),
      (s) => foldText(s) === fold({ text: s }).text), { numRuns: 2000, seed: SEED });
  });
});

// The screen's shortcuts against the passes they skip: the readings of a string that has nothing
// they change, the words of ASCII text read without cutting it first, the secret search over all of
// a file's new strings at once.
describe('the screen\'s shortcuts read as the passes they skip', () => {
  const CUT = '\u0001';
  // Strings as incidents write them, and strings of any characters (the tricky ones often).
  const tricky = fc.constantFrom(...' \t\n\r\u000B\u000C\u00A0\u2028\uFEFF\u200B\u00AD\u0001\u0007&;#<>/`\\*_~-+.)1234567890:@aAbBzZé\u0301ΣЖ𝐀'.split(/(?:)/u));
  const anyString = fc.oneof(
    fragmentOf(20), words(20, 6), prose(20),
    fc.array(tricky, { maxLength: 24 }).map((a) => a.join('')),
    fc.array(fc.oneof(tricky, fragmentOf(20)), { maxLength: 8 }).map((a) => a.join('')),
    fc.string({ unit: 'binary', maxLength: 24 }),
  );
  const asSet = (a: string[]) => [...new Set(a)].sort();

  it('readings and loose: the same readings as every pass gives (plainText: plain\'s text)', () => {
    fc.assert(fc.property(anyString, (s) => {
      assert.equal(plainText(s), plain(s).text, JSON.stringify(s));
      assert.deepEqual(asSet(readings(s)), asSet(readingsInFull(s)), JSON.stringify(s));
      assert.deepEqual(asSet(loose(s)), asSet(looseInFull(s)), JSON.stringify(s));
    }), { numRuns: RUNS * 5, seed: SEED });
  });

  // The words as the screen cut them before: each loose reading split at white space, each piece cut.
  function referenceWords(strings: string[]) {
    const cut = (t: string, re: RegExp) => t.split(/\s+/).map((x) => x.replace(re, CUT)).join('\n');
    const folded = strings.map((s) => looseInFull(s).map((t) => cut(foldText(t), /[^\p{L}\p{N}]+/gu)).join('\n'));
    const asWritten = strings.map((s) => looseInFull(s).map((t) => cut(t, /[^\p{L}\p{N}\p{M}]+/gu)).join('\n'));
    return { folded: `\n${folded.join('\n')}\n`, asWritten: `\n${asWritten.join('\n')}\n` };
  }
  const runsOfName = (name: string) => foldName(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const runsOfTerm = (term: string) => term.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);

  it('wordsOf: a name\'s run and a term\'s found where the words cut as before hold them (ASCII and not)', () => {
    let names = 0;
    let terms = 0;
    const asciiOnly = (s: string) => s.replace(/[^\u0000-\u007f]/g, '');
    // Strings, some of them the name itself written with something in its middle.
    const namesAndStrings = fc.constantFrom(...PEOPLE, ...LEAKS, ...NEAR, 'al', 'b', 'K', 'ſ').chain((name) => {
      const strings = fc.array(fc.oneof(anyString, fc.constantFrom('\u0301', '\u0001', '-', '&amp;', '`', '<b>', '').map((m) => mid(name, m))), { minLength: 1, maxLength: 6 });
      return fc.tuple(fc.oneof(strings, strings.map((a) => a.map(asciiOnly))), fc.constant(name));
    });
    fc.assert(fc.property(namesAndStrings, ([list, name]) => {
      const words = wordsOf(list);
      const ref = referenceWords(list);
      for (const run of runsOfName(name)) {
        const expected = hasWordRun(ref.folded, run);
        assert.equal(words.hasName(run), expected, `${JSON.stringify(list)} name run ${run}`);
        if (expected) names++;
      }
      for (const run of runsOfTerm(name)) {
        const expected = caseless(run).test(ref.asWritten);
        assert.equal(words.hasTerm(run), expected, `${JSON.stringify(list)} term run ${run}`);
        if (expected) terms++;
      }
    }), { numRuns: RUNS * 5, seed: SEED });
    // Both answers come up in numbers.
    assert.ok(names > RUNS / 5 && terms > RUNS / 5, `${names} names found, ${terms} terms`);
  });

  it('secretInAny: finds whatever the patterns find in any one string\'s readings', () => {
    let found = 0;
    fc.assert(fc.property(fc.array(anyString, { minLength: 1, maxLength: 8 }), fc.constantFrom<string[]>([], ['example.com'], ['acme.com']), (list, domains) => {
      const alone = list.some((s) => secretIn(readingsInFull(s).join('\n\n'), domains));
      if (alone) {
        found++;
        assert.ok(secretInAny(list, domains), JSON.stringify(list));
      }
    }), { numRuns: RUNS * 5, seed: SEED });
    assert.ok(found > RUNS / 2, `only ${found} lists with a secret`);
  });
});
