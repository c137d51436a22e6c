// The status page's model and config, pure: a service's state from severity or the incident's own
// component_status, the page's indicator, the 90 daily bars and uptime, and the config's refusals.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveConfig } from '../src/core/config/config.ts';
import { componentStatusOf, indicatorOf, onStatusPage, serviceStates, updatesOf, type StatusIncident } from '../src/core/status-page/model.ts';

const MAP = resolveConfig({}).status_page.severity_map;
const NOW = Date.parse('2026-03-01T12:00:00Z');
const incident = (over: Partial<StatusIncident>): StatusIncident => ({
  id: 'x', title: 'X', href: 'incidents/x.html', open: false, status: 'resolved', impact: 'major', component_status: 'partial_outage',
  services: ['api'], started: null, ended: null, resolved: null, updates: [], ...over,
});

describe('status page model', () => {
  for (const [data, state] of [
    [{ severity: 'SEV-1' }, 'major_outage'],
    [{ severity: 'SEV-2' }, 'partial_outage'],
    [{ severity: 'SEV-3' }, 'degraded_performance'],
    [{ severity: 'SEV-5' }, 'degraded_performance'],
    [{ severity: 'SEV-1', component_status: 'under_maintenance' }, 'under_maintenance'],
    [{ severity: 'SEV-1', component_status: 'bogus' }, 'major_outage'],
  ] as const) {
    it(`${JSON.stringify(data)} gives ${state}`, () => assert.equal(componentStatusOf(data, MAP), state));
  }

  it('shows open public incidents, resolved ones with updates or a published post-mortem, never drills or private ones', () => {
    const u = { updates: [{ at: '2026-03-01T10:00:00Z', status: 'investigating', text: 'Looking' }] };
    assert.equal(onStatusPage({ public: true, status: 'monitoring' }, false), 'open');
    assert.equal(onStatusPage({ public: true, status: 'resolved', ...u }, false), 'history');
    assert.equal(onStatusPage({ public: true, status: 'closed' }, true), 'history');
    assert.equal(onStatusPage({ public: true, status: 'resolved' }, false), false);
    assert.equal(onStatusPage({ public: false, status: 'investigating', ...u }, true), false);
    assert.equal(onStatusPage({ public: true, kind: 'drill', status: 'investigating' }, true), false);
  });

  it('reads updates in time order, never `by`, leaving out broken ones', () => {
    const rows = updatesOf({ updates: [
      { at: '2026-03-01T11:00:00Z', status: 'resolved', text: 'Done', by: 'Dana' },
      { at: '2026-03-01T10:00:00Z', status: 'investigating', text: 'Looking' },
      { at: 'soon', status: 'identified', text: 'x' }, { at: '2026-03-01T10:30:00Z', status: 'fixed', text: 'x' },
    ] });
    assert.deepEqual(rows, [
      { id: 'u1', at: '2026-03-01T10:00:00Z', status: 'investigating', text: 'Looking' },
      { id: 'u2', at: '2026-03-01T11:00:00Z', status: 'resolved', text: 'Done' },
    ]);
  });

  it('takes the worst open incident for the indicator', () => {
    assert.deepEqual(indicatorOf([]), { indicator: 'none', description: 'All Systems Operational' });
    assert.deepEqual(indicatorOf([incident({ open: true, impact: 'minor' }), incident({ open: true, impact: 'critical' })]), { indicator: 'critical', description: 'Major System Outage' });
    assert.deepEqual(indicatorOf([incident({ open: true, impact: 'none', component_status: 'under_maintenance' })]).indicator, 'maintenance');
    assert.deepEqual(indicatorOf([incident({ open: false, impact: 'critical' })]).indicator, 'none');
  });

  it('draws 90 days per service: the worst state a day, every incident and its duration in the tooltip, overlaps counted once', () => {
    const [api, web] = serviceStates(['api', 'web'], [
      incident({ id: 'a', title: 'A', started: '2026-02-27T23:00:00Z', ended: '2026-02-28T01:00:00Z', component_status: 'major_outage' }),
      incident({ id: 'b', title: 'B', started: '2026-02-28T00:30:00Z', ended: '2026-02-28T02:00:00Z', component_status: 'degraded_performance' }),
      incident({ id: 'c', title: 'C', open: true, started: '2026-03-01T11:00:00Z', component_status: 'partial_outage' }),
    ], NOW);
    assert.equal(api!.days.length, 90);
    assert.equal(api!.days[0]!.date, '2025-12-02');
    assert.deepEqual(api!.days.slice(-3), [
      { date: '2026-02-27', level: 'major_outage', title: '2026-02-27: A (Major outage, 1h)' },
      { date: '2026-02-28', level: 'major_outage', title: '2026-02-28: A (Major outage, 1h); B (Degraded performance, 1h30m)' },
      { date: '2026-03-01', level: 'partial_outage', title: '2026-03-01: C (Partial outage, 1h)' },
    ]);
    assert.equal(api!.status, 'partial_outage');
    assert.deepEqual(api!.incidents, ['c']);
    // 3h of impact (23:00-02:00, the overlap once) + 1h, in 89.5 days.
    assert.equal(api!.uptime, (Math.floor((1 - 4 / (89.5 * 24)) * 10000) / 100).toFixed(2));
    assert.equal(web!.status, 'operational');
    assert.equal(web!.uptime, '100.00');
  });

  for (const [raw, message] of [
    [{ site_url: 'status.example.com' }, /`site_url`, expected an absolute http\(s\) URL/],
    [{ site: { colors: { accent: 'red; }' } } }, /`site.colors`, expected a map of accent/],
    [{ site: { links: { Home: 'javascript:alert(1)' } } }, /`site.links`, expected a map of labels to http\(s\) URLs/],
    [{ site: { theme: 'x' } }, /`site`, expected a map with title, logo, links and colors, not "theme"/],
    [{ status_page: { severity_map: { 'SEV-1': 'down' } } }, /`status_page.severity_map`, expected a map of severity to one of operational/],
  ] as const) {
    it(`refuses ${JSON.stringify(raw)}`, () => assert.throws(() => resolveConfig(raw), message));
  }

  it('reads site_url, site: and status_page:', () => {
    const c = resolveConfig({ site_url: 'https://status.example.com', site: { colors: { accent: '#123456' } }, status_page: { components: ['api'], severity_map: { 'SEV-4': 'under_maintenance' } } });
    assert.equal(c.site_url, 'https://status.example.com/');
    assert.deepEqual(c.site.colors, { accent: '#123456' });
    assert.deepEqual(c.status_page, { components: ['api'], severity_map: { 'SEV-1': 'major_outage', 'SEV-2': 'partial_outage', 'SEV-3': 'degraded_performance', 'SEV-4': 'under_maintenance' } });
  });
});
