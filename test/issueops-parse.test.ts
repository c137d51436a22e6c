// A tracking issue's comment read as a command: the CLI's options (parseArgs, options.ts) and
// times as --at takes them; the markers that tie an issue and an incident together.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseComment, timePrefix } from '../src/action/issueops/parse.ts';
import {
  commentIdOf, incidentOfIssue, isOnIssue, issueMarker, issueOfIncident, mirrorOf, mirrorMarker, repliesTo, replyMarker, withIncidentMarker,
} from '../src/core/issueops/markers.ts';
import { findMarker } from '../src/core/issue-sync/issue-sync-marker.ts';

describe('parseComment', () => {
  const cases: [string, unknown][] = [
    ['/log Restarted the primary', { name: 'log', text: 'Restarted the primary' }],
    ['/log 13:45 db is down', { name: 'log', text: 'db is down', at: '13:45' }],
    ['/log 9:37 AM PST "Requests to S3 fail"', { name: 'log', text: 'Requests to S3 fail', at: '9:37 AM PST' }],
    ['/log 2017-02-28 9:37 AM S3 errors', { name: 'log', text: 'S3 errors', at: '2017-02-28 9:37 AM' }],
    ['/log -5m restarted', { name: 'log', text: 'restarted', at: '-5m' }],
    ['/log ~13:45 about then', { name: 'log', text: 'about then', at: '~13:45', approx: true }],
    ['/log about 6:45 paged', { name: 'log', text: 'paged', at: 'about 6:45', approx: true }],
    // The characters parse.ts writes as escapes (≈, ±, curly quotes: the lanes stay ASCII).
    ['/log ≈13:45 about then', { name: 'log', text: 'about then', at: '≈13:45', approx: true }],
    ['/log ±13:45 about then', { name: 'log', text: 'about then', at: '±13:45', approx: true }],
    ['/log 13:45 “Requests to S3 fail”', { name: 'log', text: 'Requests to S3 fail', at: '13:45' }],
    ['/log 13:45 “Requests to S3 fail"', { name: 'log', text: '“Requests to S3 fail"', at: '13:45' }],
    ['/log --kind decision 13:40 Roll back', { name: 'log', text: 'Roll back', kind: 'decision', at: '13:40' }],
    ['/log --at=13:40 --approx Roll back', { name: 'log', text: 'Roll back', at: '13:40', approx: true }],
    // The forms --at gained (docs/time-formats.md): a leading time that starts with a digit is found.
    ['/log 13h45 db is down', { name: 'log', text: 'db is down', at: '13h45' }],
    ['/log 5 Dec 13:45 db is down', { name: 'log', text: 'db is down', at: '5 Dec 13:45' }],
    ['/log 13:45:00.123 GC pause', { name: 'log', text: 'GC pause', at: '13:45:00.123' }],
    ['/log --at "Feb 28, 2017 at 9:37 AM PST" S3 errors', { name: 'log', text: 'S3 errors', at: 'Feb 28, 2017 at 9:37 AM PST' }],
    ['/status mitigated Feb 28, 2017 9:50 AM PST', { name: 'status', target: 'mitigated', at: 'Feb 28, 2017 9:50 AM PST' }],
    ['/severity SEV-1 yesterday 13:45', { name: 'severity', severity: 'SEV-1', at: 'yesterday 13:45' }],
    ['/log Dec 5 13:45 db is down', { name: 'log', text: 'db is down', at: 'Dec 5 13:45' }],
    ['/log yesterday 13:45 db is down', { name: 'log', text: 'db is down', at: 'yesterday 13:45' }],
    ['/log Tue, Feb 28, 2017 at 9:37 AM PST S3 errors', { name: 'log', text: 'S3 errors', at: 'Tue, Feb 28, 2017 at 9:37 AM PST' }],
    // The weekday is checked against the incident's year when the entry is written, not the probe's.
    ['/log Tue, Feb 28 9:37 AM S3 errors', { name: 'log', text: 'S3 errors', at: 'Tue, Feb 28 9:37 AM' }],
    ['/log ~Dec 5 13:45 paged', { name: 'log', text: 'paged', at: '~Dec 5 13:45', approx: true }],
    ['/log Today we restarted the primary', { name: 'log', text: 'Today we restarted the primary' }],
    ['/log May cause a retry storm', { name: 'log', text: 'May cause a retry storm' }],
    ['/log March 3 deploy reverted', { name: 'log', text: 'March 3 deploy reverted' }],
    ['/log 2/3 of hosts DOWN', { name: 'log', text: '2/3 of hosts DOWN' }],
    ['/log 9h later we restarted', { name: 'log', text: '9h later we restarted' }],
    ['/log 3 may 10 hosts fail', { name: 'log', text: '3 may 10 hosts fail' }],
    ['/log 2 replicas are down', { name: 'log', text: '2 replicas are down' }],
    ['/log 500 errors on /checkout', { name: 'log', text: '500 errors on /checkout' }],
    ["/log What's killing it?\nThe OOM killer, maybe.\n\n", { name: 'log', text: "What's killing it? The OOM killer, maybe." }],
    ['/status mitigated 13:50', { name: 'status', target: 'mitigated', at: '13:50' }],
    ['/status Resolved', { name: 'status', target: 'resolved' }],
    ['/status identified -m "Found it"', { name: 'status', target: 'identified', text: 'Found it' }],
    ['/role commander @bob', { name: 'role', role: 'incident_commander', who: '@bob' }],
    ['/role comms "Erin Example"', { name: 'role', role: 'communications_liaison', who: 'Erin Example' }],
    ['/role SME @dave', { name: 'role', role: 'sme', who: '@dave' }],
    ['/severity sev-1', { name: 'severity', severity: 'sev-1' }],
    ['/severity SEV-2 13:20', { name: 'severity', severity: 'SEV-2', at: '13:20' }],
    ['/thread open Why is it slow? --owner @evan', { name: 'thread', action: 'open', text: 'Why is it slow?', owner: '@evan' }],
    ['/thread update k7m2q Containers exit 137', { name: 'thread', action: 'update', number: 'k7m2q', text: 'Containers exit 137' }],
    ['/thread close 2 "The OOM killer"', { name: 'thread', action: 'close', number: '2', text: 'The OOM killer' }],
    ['/thread assign 3 @cees', { name: 'thread', action: 'assign', number: '3', owner: '@cees' }],
    ['/action add Add a canary stage --owner @dave --due 2026-03-15', { name: 'action', action: 'add', title: 'Add a canary stage', owner: '@dave', due: '2026-03-15' }],
    ['/action AI-2 --status done', { name: 'action', action: 'AI-2', status: 'done' }],
    ['/update --status identified We found the cause.', { name: 'update', text: 'We found the cause.', status: 'identified' }],
    ['/update "We are rolling back."', { name: 'update', text: 'We are rolling back.' }],
  ];
  for (const [body, expected] of cases) {
    it(JSON.stringify(body), () => {
      const got = JSON.parse(JSON.stringify(parseComment(body))); // undefined fields dropped
      assert.deepEqual(got, expected);
    });
  }

  it('plain talk, quotes of a command and other slash commands are not ours', () => {
    for (const body of ['Looking at it', '> /log quoted', '/cc @team', 'see /log', '/logs are full', '']) assert.equal(parseComment(body), undefined, body);
  });

  it('a malformed command is a one-line error that shows how to write it', () => {
    const cases: [string, RegExp][] = [
      ['/log', /^Missing text, expected \/log \[time\] <what happened>$/],
      ['/log --at', /^Missing value for --at, expected \/log/],
      ['/status', /^Missing status, expected \/status <status or milestone> \[time\]$/],
      ['/role boss @x', /^Unexpected role "boss", expected \/role <commander\|deputy/],
      ['/role commander @bob @carol', /^Unexpected "@carol" after the person/],
      ['/severity SEV-1 --bogus', /^Unexpected option --bogus, expected \/severity/],
      ['/action AI-2 now', /^Unexpected "now", expected options such as --status done/],
      ['/log 13:45 IST the db', /^Unexpected ambiguous time zone IST \(India \+05:30, Israel \+02:00, Ireland \+01:00\)/],
      ['/log 02/03 13:45 UTC the db', /^Ambiguous date "02\/03": Feb 3 \(month first, as in the US\) or 2 Mar \(day first\)/],
    ];
    for (const [body, message] of cases) {
      assert.throws(() => parseComment(body), (e: Error) => e.name === 'UsageError' && message.test(e.message) && !e.message.includes('\n'), body);
    }
  });

  it('timePrefix takes the longest run of words that reads as a time, and nothing that does not', () => {
    assert.deepEqual(timePrefix('1345 UTC deploy'), { at: '1345 UTC', approx: undefined, rest: 'deploy' });
    assert.deepEqual(timePrefix('13:45 db is down'), { at: '13:45', approx: undefined, rest: 'db is down' });
    assert.equal(timePrefix('db is down at 13:45'), undefined);
    assert.equal(timePrefix('12 nodes'), undefined);
  });
});

describe('IssueOps markers', () => {
  it('an issue body names its incident; the marker is added once, replaces another, and never looks like an action item issue', () => {
    const body = withIncidentMarker('Customers see 500s.', '2026-03-01-checkout');
    assert.equal(body, 'Customers see 500s.\n\n<!-- casefile-incident: 2026-03-01-checkout -->');
    assert.equal(withIncidentMarker(body, '2026-03-01-checkout'), body);
    assert.equal(incidentOfIssue(withIncidentMarker(body, '2026-03-02-other')), '2026-03-02-other');
    assert.equal(withIncidentMarker(null, 'x'), '<!-- casefile-incident: x -->');
    assert.equal(incidentOfIssue('no marker'), undefined);
    assert.equal(findMarker(body), undefined, 'the action items sync must not take it for one of its issues');
  });

  it('an incident names its issue; a comment URL gives its id', () => {
    const text = `---\nid: x\n---\n\n${issueMarker({ owner: 'acme', name: 'ops', number: 12 })}\n\n## Summary\n`;
    assert.deepEqual(issueOfIncident(text), { owner: 'acme', name: 'ops', number: 12 });
    assert.equal(issueOfIncident('## Summary'), undefined);
    const url = 'https://github.com/acme/ops/issues/12#issuecomment-345';
    assert.equal(commentIdOf(url), 345);
    assert.equal(commentIdOf('https://example.com/x'), undefined);
    assert.ok(isOnIssue(url, 'https://github.com/acme/ops/issues/12'));
    assert.ok(!isOnIssue(url, 'https://github.com/acme/ops/issues/1'));
    assert.equal(repliesTo(`@bob no\n\n${replyMarker(345)}`), 345);
    assert.equal(mirrorOf(`x\n\n${mirrorMarker('a1b2')}`), 'a1b2');
  });
});
