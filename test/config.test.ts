// .incident.yml: defaults when absent, every setting checked, and one clear message naming the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { configTemplate, DEFAULT_CONFIG, resolveConfig } from '../src/core/config/config.ts';
import { DocumentError } from '../src/core/util/errors.ts';

test('no config at all gives the defaults; the template init writes reads back as the defaults', () => {
  assert.deepEqual(resolveConfig(undefined), DEFAULT_CONFIG);
  assert.deepEqual(resolveConfig(parse(configTemplate())), DEFAULT_CONFIG);
});

test('settings override the defaults', () => {
  const config = resolveConfig({
    severities: ['P1', 'P2', 'P3'], timezone: 'Europe/Berlin', redact: ['db-prod-01'],
    github: { repo: 'acme/ops', api_url: 'https://ghe.example.com/api/v3' }, people: { 'Alice Example': 'alice' },
    evidence_max_bytes: 1024, postmortem_due: { P1: { days: 2 } },
  });
  assert.equal(config.default_severity, 'P2');
  assert.equal(config.timezone, 'Europe/Berlin');
  assert.deepEqual(config.redact, ['db-prod-01']);
  assert.deepEqual(config.github, { repo: 'acme/ops', api_url: 'https://ghe.example.com/api/v3' });
  assert.deepEqual(config.postmortem_due.P1, { days: 2 });
  assert.deepEqual(config.postmortem_due['SEV-2'], { business_days: 5 }, 'defaults for the rest stay');
});

test('allow and public_domains: read as written, domains lower-cased without a leading *. or trailing dot', () => {
  const config = resolveConfig({ allow: ['AWS', 'SRE team'], public_domains: ['Example.COM', '*.status.example.com', 'acme.io.'] });
  assert.deepEqual(config.allow, ['AWS', 'SRE team']);
  assert.deepEqual(config.public_domains, ['example.com', 'status.example.com', 'acme.io']);
});

test('wrong settings: one message naming the file and the setting', () => {
  const cases: [unknown, RegExp][] = [
    [{ timezone: 'Mars/Olympus' }, /`timezone`, expected an IANA time zone/],
    [{ timezone: 'PST' }, /`timezone`, expected an IANA time zone name such as America\/Los_Angeles, not "PST"$/],
    [{ timezone: 'US/Pacific' }, /such as America\/Los_Angeles, not "US\/Pacific"$/],
    [{ severities: [] }, /`severities`, expected a list of names/],
    [{ default_severity: 'SEV-9' }, /`default_severity`, expected one of SEV-1/],
    [{ redact: [''] }, /`redact`, expected a list of terms/],
    [{ allow: 'AWS' }, /`allow`, expected a list of words or names/],
    [{ allow: [' '] }, /`allow`, expected a list of words or names/],
    [{ public_domains: ['https://status.example.com'] }, /`public_domains`, expected a list of domain names such as status\.example\.com/],
    [{ public_domains: ['localhost'] }, /`public_domains`, expected a list of domain names/],
    [{ github: { repo: 'x', token: 'y' } }, /`github`, expected a map with repo, api_url/],
    [{ evidence_max_bytes: -1 }, /`evidence_max_bytes`, expected a positive number of bytes/],
    [{ postmortem_due: { 'SEV-1': { weeks: 1 } } }, /`postmortem_due.SEV-1`, expected \{days: N\} or \{business_days: N\}/],
    [['a list'], /Unexpected config, expected `key: value` settings/],
  ];
  for (const [raw, message] of cases) {
    assert.throws(() => resolveConfig(raw), (e: unknown) => e instanceof DocumentError && message.test(e.message) && e.describe().startsWith('.incident.yml'));
  }
});
