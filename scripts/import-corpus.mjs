// A PagerDuty export for the import benchmark: `n` incidents of `perIncident` log entries each,
// in the REST API v2 shapes (GET /incidents, GET /log_entries), every mapped log entry type among
// them. Deterministic: the same arguments give the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const USERS = ['Dana Ops', 'Sam Scribe', 'Priya Natarajan', 'Jörg Fernández', 'Lee Turner'];
const WORDS = ['Checkout', 'Search', 'Login', 'Payments', 'Billing', 'API', 'latency', 'errors', 'timeouts', 'queue', 'backlog', 'for EU', 'in us-east-1'];
/** Log entry types in the middle of an incident (the first is a trigger, the third an acknowledgement, the last a resolve). */
const MIDDLE = ['notify_log_entry', 'escalate_log_entry', 'annotate_log_entry', 'assign_log_entry', 'notify_log_entry', 'annotate_log_entry', 'priority_change_log_entry'];

const iso = (ms) => new Date(ms).toISOString().replace('.000', '');
const user = (name) => ({ id: `PU${USERS.indexOf(name)}`, type: 'user_reference', summary: name, self: `https://api.pagerduty.com/users/PU${USERS.indexOf(name)}`, html_url: `https://acme.pagerduty.com/users/PU${USERS.indexOf(name)}` });

export function writePagerdutyExport(dir, n = 1000, perIncident = 20) {
  mkdirSync(dir, { recursive: true });
  const incidents = [];
  const entries = [];
  for (let i = 0; i < n; i++) {
    const id = `P${(100000 + i).toString(36).toUpperCase()}X`;
    const start = Date.UTC(2024, 0, 1) + i * 7 * 3_600_000 + (i % 13) * 60_000;
    const end = start + (perIncident - 1) * 5 * 60_000;
    const title = `${WORDS[i % 13]} ${WORDS[(i * 7 + 3) % 13]} ${WORDS[(i * 5 + 1) % 13]} #${i}`;
    const ref = { id, type: 'incident_reference', summary: `[#${i}] ${title}`, self: `https://api.pagerduty.com/incidents/${id}`, html_url: `https://acme.pagerduty.com/incidents/${id}` };
    incidents.push({
      id, type: 'incident', summary: `[#${i}] ${title}`, self: ref.self, html_url: ref.html_url, incident_number: i, title,
      created_at: iso(start), updated_at: iso(end + 60_000), status: 'resolved', incident_key: `key-${i}`,
      service: { id: `PS${i % 7}`, type: 'service_reference', summary: `service-${i % 7}` }, assignments: [], assigned_via: 'escalation_policy',
      last_status_change_at: iso(end), resolved_at: iso(end), alert_counts: { all: 2, triggered: 0, resolved: 2 },
      escalation_policy: { id: 'PEP1', type: 'escalation_policy_reference', summary: 'Default' }, teams: [{ id: 'PT1', type: 'team_reference', summary: 'SRE' }],
      priority: { id: `PP${i % 5}`, type: 'priority_reference', summary: `P${(i % 5) + 1}` }, urgency: i % 2 ? 'high' : 'low',
    });
    for (let k = 0; k < perIncident; k++) {
      const type = k === 0 ? 'trigger_log_entry' : k === perIncident - 1 ? 'resolve_log_entry' : k === 2 ? 'acknowledge_log_entry' : MIDDLE[k % MIDDLE.length];
      const who = USERS[(i + k) % USERS.length];
      const note = type === 'annotate_log_entry';
      entries.push({
        id: `R${i}X${k}`, type, summary: note ? 'Note added' : `${type.replace('_log_entry', '').replace(/_/g, ' ')} by ${who}`,
        self: `https://api.pagerduty.com/log_entries/R${i}X${k}`, html_url: `${ref.html_url}/log_entries/R${i}X${k}`, created_at: iso(start + k * 5 * 60_000),
        agent: k === 0 ? { id: `PS${i % 7}`, type: 'service_reference', summary: `service-${i % 7}` } : user(who),
        channel: note ? { type: 'note', summary: `Finding ${k} of incident ${i}: ${WORDS[k % 13]} looks normal again` } : { type: 'web_ui' },
        incident: ref, teams: [{ id: 'PT1', type: 'team_reference', summary: 'SRE' }], contexts: [],
        ...(k === 0 ? { event_details: { description: `Alert for ${title}` } } : {}),
      });
    }
  }
  writeFileSync(join(dir, 'incidents.json'), JSON.stringify({ incidents, limit: n, offset: 0, more: false }));
  writeFileSync(join(dir, 'log_entries.json'), JSON.stringify({ log_entries: entries, limit: entries.length, offset: 0, more: false }));
}
