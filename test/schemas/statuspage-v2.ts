// JSON Schemas of Statuspage's public API v2 responses, written from its documentation's shapes
// (summary, status, components, incidents, incidents/unresolved): the fields an aggregator reads,
// with Statuspage's enums. Our api/v2/*.json must validate against them.
const ts = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$' };
const tsOrNull = { anyOf: [ts, { type: 'null' }] };
const COMPONENT = ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'];
const page = {
  type: 'object', required: ['id', 'name', 'url', 'time_zone', 'updated_at'],
  properties: { id: { type: 'string' }, name: { type: 'string' }, url: { type: 'string' }, time_zone: { type: 'string' }, updated_at: ts },
};
const status = {
  type: 'object', required: ['indicator', 'description'],
  properties: { indicator: { enum: ['none', 'minor', 'major', 'critical', 'maintenance'] }, description: { type: 'string' } },
};
const component = {
  type: 'object', required: ['id', 'name', 'status', 'created_at', 'updated_at', 'position', 'description', 'showcase', 'group_id', 'page_id', 'group', 'only_show_if_degraded'],
  properties: {
    id: { type: 'string' }, name: { type: 'string' }, status: { enum: COMPONENT }, created_at: ts, updated_at: ts, position: { type: 'integer' },
    description: { type: ['string', 'null'] }, showcase: { type: 'boolean' }, start_date: { type: ['string', 'null'] }, group_id: { type: ['string', 'null'] },
    page_id: { type: 'string' }, group: { type: 'boolean' }, only_show_if_degraded: { type: 'boolean' },
  },
};
const update = {
  type: 'object', required: ['id', 'status', 'body', 'incident_id', 'created_at', 'updated_at', 'display_at'],
  properties: {
    id: { type: 'string' }, status: { enum: ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'] }, body: { type: 'string' },
    incident_id: { type: 'string' }, created_at: ts, updated_at: ts, display_at: ts,
    affected_components: {
      anyOf: [{ type: 'null' }, {
        type: 'array', items: { type: 'object', required: ['code', 'name', 'old_status', 'new_status'], properties: { code: { type: 'string' }, name: { type: 'string' }, old_status: { enum: COMPONENT }, new_status: { enum: COMPONENT } } },
      }],
    },
  },
};
const incident = {
  type: 'object', required: ['id', 'name', 'status', 'created_at', 'updated_at', 'monitoring_at', 'resolved_at', 'impact', 'shortlink', 'started_at', 'page_id', 'incident_updates'],
  properties: {
    id: { type: 'string' }, name: { type: 'string' }, status: { enum: ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'] },
    created_at: ts, updated_at: ts, monitoring_at: tsOrNull, resolved_at: tsOrNull, impact: { enum: ['none', 'minor', 'major', 'critical'] },
    shortlink: { type: 'string' }, started_at: ts, page_id: { type: 'string' }, incident_updates: { type: 'array', items: update },
    components: { type: 'array', items: component },
  },
};
const envelope = (props: Record<string, unknown>) => ({ type: 'object', required: ['page', ...Object.keys(props)], properties: { page, ...props } });

export const STATUSPAGE_SCHEMAS: Record<string, object> = {
  'summary.json': envelope({ components: { type: 'array', items: component }, incidents: { type: 'array', items: incident }, scheduled_maintenances: { type: 'array' }, status }),
  'status.json': envelope({ status }),
  'components.json': envelope({ components: { type: 'array', items: component } }),
  'incidents.json': envelope({ incidents: { type: 'array', items: incident } }),
  'incidents/unresolved.json': envelope({ incidents: { type: 'array', items: { ...incident, properties: { ...incident.properties, status: { enum: ['investigating', 'identified', 'monitoring'] } } } } }),
};
