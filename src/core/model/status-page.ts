// The status page's vocabulary: Statuspage's public API v2 enums, used as they are so that status
// aggregators and chat integrations read our JSON (and people read our pages) the same way.

/** A public update's status (`incident status-update --post --status`); Statuspage's incident statuses. */
export const UPDATE_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

/** A component's (service's) state, best first. */
export const COMPONENT_STATUSES = ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

/** The page's overall indicator and an incident's impact. */
export const INDICATORS = ['none', 'minor', 'major', 'critical', 'maintenance'] as const;
export type Indicator = (typeof INDICATORS)[number];
export const IMPACTS = ['none', 'minor', 'major', 'critical'] as const;
export type Impact = (typeof IMPACTS)[number];

/** How bad a component state is (for "the worst state of the open incidents"). */
export const COMPONENT_RANK: Record<ComponentStatus, number> = {
  operational: 0, under_maintenance: 1, degraded_performance: 2, partial_outage: 3, major_outage: 4,
};

/** A component state as an incident's impact (Statuspage: an outage of part is major, of all is critical). */
export const IMPACT_OF: Record<ComponentStatus, Impact> = {
  operational: 'none', under_maintenance: 'none', degraded_performance: 'minor', partial_outage: 'major', major_outage: 'critical',
};

/** The words a person reads. */
export const COMPONENT_LABEL: Record<ComponentStatus, string> = {
  operational: 'Operational', under_maintenance: 'Under maintenance', degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage', major_outage: 'Major outage',
};
