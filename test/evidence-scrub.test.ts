// Secrets never reach the repository through evidence: captured output and added files are scrubbed
// of token-like environment values and known secret formats before they are saved (src/core/render/scrub.ts).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { envSecrets, scrub } from '../src/core/render/scrub.ts';
import { makeRepo, type RunResult, type TestRepo } from './helpers/repo.ts';

const GH = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'; // split: no scanner should flag this file
const AWS = 'AKIA' + 'IOSFODNN7EXAMPLE';
const SLACK = 'xoxb-' + '1234567890-abcdefghij';
const JWT = 'eyJhbGciOiJIUzI1NiJ9' + '.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
const KEY = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEpAIBAAKCAQEA1234', 'abcd==', '-----END RSA PRIVATE KEY-----'].join('\n');

describe('scrub', () => {
  const cases: [string, string, string, string[]][] = [
    // [what, input, output, kinds]
    ['a GitHub token', `token: ${GH} end`, 'token: [REDACTED:github-token] end', ['github-token']],
    ['a fine-grained GitHub token', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', '[REDACTED:github-token]', ['github-token']],
    ['an AWS access key id', `id=${AWS}`, 'id=[REDACTED:aws-access-key]', ['aws-access-key']],
    ['a Slack token', `slack ${SLACK}`, 'slack [REDACTED:slack-token]', ['slack-token']],
    ['a Slack webhook', 'post https://hooks.slack.com/services/T000/B000/XXXXXXXX now', 'post [REDACTED:slack-webhook] now', ['slack-webhook']],
    ['a JWT', `cookie ${JWT};`, 'cookie [REDACTED:jwt];', ['jwt']],
    ['a private key block, whole', `before\n${KEY}\nafter`, 'before\n[REDACTED:private-key]\nafter', ['private-key']],
    ['a private key cut off', `${KEY.slice(0, 50)}`, '[REDACTED:private-key]', ['private-key']],
    ['a bearer token, keeping "Bearer"', 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123', 'Authorization: Bearer [REDACTED:bearer-token]', ['bearer-token']],
    ['basic auth', 'Authorization: Basic dXNlcjpwYXNzd29yZA==', 'Authorization: Basic [REDACTED:basic-auth]', ['basic-auth']],
    ['a password in a URL, keeping the host', 'git clone https://bob:s3cr3tpw@git.example.com/x', 'git clone https://bob:[REDACTED:url-password]@git.example.com/x', ['url-password']],
    ['password= in a query', 'GET /login?user=bob&password=hunter22&next=/', 'GET /login?user=bob&password=[REDACTED:credential]&next=/', ['credential']],
    ['a prefixed key: value', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG', 'aws_secret_access_key = [REDACTED:credential]', ['credential']],
    ['a JSON secret', '{"client_secret": "abcdef123456"}', '{"client_secret": "[REDACTED:credential]"}', ['credential']],
    ['an address is not a secret', 'connect 10.0.0.12:5432 failed', 'connect 10.0.0.12:5432 failed', []],
    ['a short value is left', 'password: abc', 'password: abc', []],
    ['ordinary prose is left', 'The author key point: tokens expire.', 'The author key point: tokens expire.', []],
  ];
  for (const [what, input, output, kinds] of cases) {
    it(what, () => {
      const r = scrub(Buffer.from(input), []);
      assert.equal(r.data.toString(), output);
      assert.deepEqual(Object.keys(r.kinds).sort(), kinds);
    });
  }

  it('stays linear on input made to make a pattern backtrack (a 10 MiB capture must not hang)', () => {
    const units = ['x_', 'a.', 'eyJ-', 'xoxb-', 'a://b:', 'Bearer ', 'secret_', 'password=', 'ghp_', 'Basic ', 'sk_live_-', 'a:', '-----BEGIN RSA PRIVATE KEY-----\n'];
    for (const unit of units) {
      const started = performance.now();
      scrub(Buffer.from(unit.repeat(Math.ceil(200_000 / unit.length))), []);
      // Linear: a few ms. Quadratic (what `(?:[A-Za-z0-9]+[_-])*password` was): tens of seconds.
      assert.ok(performance.now() - started < 1500, `${JSON.stringify(unit)}: ${Math.round(performance.now() - started)} ms`);
    }
  });

  it('replaces the values of token-like variables (raw and URL-encoded), named by the variable', () => {
    const env = { GITHUB_TOKEN: 'opaque-value-1234', DB_PASSWORD: 'p@ss w/rd!!', GIT_AUTHOR_NAME: 'Alice Example', SSH_AUTH_SOCK: '/tmp/agent.sock', API_KEY: 'short', PWD: '/home/alice/work' };
    assert.deepEqual(envSecrets(env).map((s) => s.name).sort(), ['DB_PASSWORD', 'GITHUB_TOKEN']);
    const r = scrub(Buffer.from('t=opaque-value-1234 u=p%40ss%20w%2Frd!! by Alice Example in /home/alice/work\n'), envSecrets(env));
    assert.equal(r.data.toString(), 't=[REDACTED:$GITHUB_TOKEN] u=[REDACTED:$DB_PASSWORD] by Alice Example in /home/alice/work\n');
    assert.deepEqual(r.kinds, { $GITHUB_TOKEN: 1, $DB_PASSWORD: 1 });
  });

  it('keeps every byte around a secret, UTF-8 or not, and tells binary from text', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3, 0xa9]), Buffer.from(` ${GH} `), Buffer.from([0x80, 0x0a])]);
    const r = scrub(bytes, []);
    assert.deepEqual(r.data, Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3, 0xa9]), Buffer.from(' [REDACTED:github-token] '), Buffer.from([0x80, 0x0a])]));
    assert.equal(r.binary, false);
    assert.equal(scrub(Buffer.from([0x00, 0x01]), []).binary, true);
    const clean = Buffer.from('nothing here\n');
    assert.equal(scrub(clean, []).data, clean, 'untouched input is returned as is');
  });
});

const ID = '2026-03-01-checkout-fails';
const FILE = `incidents/${ID}.md`;
const EVIDENCE = `incidents/${ID}/evidence`;
const fm = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, any>;
const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function ok(r: RunResult): RunResult {
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** Every file under the repository (but .git) that holds `needle`. */
function filesHolding(repo: TestRepo, needle: string): string[] {
  return fs.readdirSync(repo.dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.startsWith('.git') && fs.statSync(path.join(repo.dir, f)).isFile())
    .filter((f) => fs.readFileSync(path.join(repo.dir, f)).includes(needle));
}

describe('incident evidence scrubs secrets', () => {
  let repo: TestRepo;
  const env = { GITHUB_TOKEN: GH, MY_SERVICE_SECRET: 'opaque-secret-value', AWS_ACCESS_KEY_ID: AWS };
  before(() => {
    repo = makeRepo();
    ok(repo.run(['new', 'Checkout fails', '--timezone', 'UTC', '--at', '13:50']));
  });
  after(() => repo.cleanup());

  it('run -- env: the token values never reach the repository or the terminal; the output says what was scrubbed', () => {
    const r = ok(repo.run(['evidence', ID, 'run', '--', 'env'], { env }));
    for (const value of Object.values(env)) {
      assert.deepEqual(filesHolding(repo, value), [], value);
      assert.ok(!r.stdout.includes(value) && !r.stderr.includes(value));
    }
    assert.match(r.stderr, /^incident: scrubbed 3 secrets from \S+env\.stdout\.txt before saving it \(1 \$GITHUB_TOKEN, 1 \$MY_SERVICE_SECRET, 1 aws-access-key\); --no-scrub saves the raw bytes\n$/);
    const item = fm(repo.read(FILE)).evidence.at(-1);
    assert.equal(item.scrubbed, 3);
    const saved = fs.readFileSync(path.join(repo.dir, 'incidents', item.file));
    assert.match(saved.toString(), /^GITHUB_TOKEN=\[REDACTED:\$GITHUB_TOKEN\]$/m);
    assert.equal(item.sha256, sha(saved), 'the hash is of the saved, scrubbed bytes');
    assert.match(fm(repo.read(FILE)).timeline.at(-1).text, /\(\d+(\.\d)? KiB, 3 secrets scrubbed\)$/);
    ok(repo.run(['evidence', ID, 'verify']));
  });

  it("run --shell -- 'echo $GITHUB_TOKEN' and a token typed in the command line itself", () => {
    ok(repo.run(['evidence', ID, 'run', '--shell', '--', `echo $GITHUB_TOKEN; true -H "Authorization: Bearer ${'x'.repeat(30)}" https://bob:pw123456@example.com`], { env }));
    const item = fm(repo.read(FILE)).evidence.at(-1);
    assert.equal(item.command, `echo $GITHUB_TOKEN; true -H "Authorization: Bearer [REDACTED:bearer-token]" https://bob:[REDACTED:url-password]@example.com`);
    assert.equal(fs.readFileSync(path.join(repo.dir, 'incidents', item.file), 'utf8'), '[REDACTED:$GITHUB_TOKEN]\n');
    assert.deepEqual(filesHolding(repo, GH), []);
    assert.deepEqual(filesHolding(repo, 'pw123456'), []);
  });

  it('--no-scrub saves the raw bytes, records scrubbed: false and warns (lane and full CLI)', () => {
    for (const full of [false, true]) {
      const r = ok(repo.run(['evidence', ID, 'run', '--no-scrub', '--shell', '--', 'echo $GITHUB_TOKEN'], { env, full }));
      const item = fm(repo.read(FILE)).evidence.at(-1);
      assert.equal(item.scrubbed, false);
      assert.equal(fs.readFileSync(path.join(repo.dir, 'incidents', item.file), 'utf8'), `${GH}\n`);
      assert.match(r.stderr, /warning: \S+ was saved with 1 secret in it \(1 \$GITHUB_TOKEN\), as --no-scrub asked/);
      assert.ok(!r.stderr.includes(GH));
    }
  });

  it('add scrubs a text file (the source stays as it is) and refuses a binary one holding a secret', () => {
    for (const full of [false, true]) {
      repo.write('logs/app.log', `started\nusing ${SLACK}\n`);
      const r = ok(repo.run(['evidence', ID, 'add', 'logs/app.log'], { full }));
      assert.match(r.stderr, /scrubbed 1 secret from \S+app(-2)?\.log before saving it \(1 slack-token\)/);
      const item = fm(repo.read(FILE)).evidence.at(-1);
      assert.equal(item.scrubbed, 1);
      assert.equal(fs.readFileSync(path.join(repo.dir, 'incidents', item.file), 'utf8'), 'started\nusing [REDACTED:slack-token]\n');
      assert.equal(repo.read('logs/app.log'), `started\nusing ${SLACK}\n`);

      repo.write('dump.bin', Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(`Authorization: Bearer ${'y'.repeat(40)}`)]));
      const before = repo.read(FILE);
      const listing = fs.readdirSync(path.join(repo.dir, EVIDENCE));
      const refused = repo.run(['evidence', ID, 'add', 'dump.bin'], { full });
      assert.equal(refused.code, 1, refused.stderr);
      assert.equal(refused.stderr, 'incident: Unexpected secret in dump.bin (1 bearer-token): it is binary (NUL bytes), so it cannot be scrubbed without breaking it; nothing was saved (--no-scrub saves the raw bytes)\n');
      assert.equal(repo.read(FILE), before);
      assert.deepEqual(fs.readdirSync(path.join(repo.dir, EVIDENCE)), listing);
    }
    ok(repo.run(['evidence', ID, 'add', '--no-scrub', 'dump.bin']));
    assert.equal(fm(repo.read(FILE)).evidence.at(-1).scrubbed, false);
    ok(repo.run(['evidence', ID, 'verify']));
    ok(repo.run(['validate', FILE]));
  });
});
