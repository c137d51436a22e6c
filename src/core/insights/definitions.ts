// What each figure means, in the output itself: docs/metrics.md says the same in words.
// Bump INSIGHTS_VERSION whenever a definition changes, so that figures from two versions are not compared.
import { METRIC_KEYS } from '../metrics/metrics.ts';

export const INSIGHTS_VERSION = 1;

const RESPONSE: Record<(typeof METRIC_KEYS)[number], { from: string; to: string }> = {
  time_to_detect: { from: 'started (first)', to: 'detected (first)' },
  time_to_acknowledge: { from: 'detected (first)', to: 'acknowledged (first)' },
  time_to_declare: { from: 'detected (first)', to: 'declared (first)' },
  time_to_mitigate: { from: 'started (first)', to: 'mitigated (last, after the last reopened entry)' },
  impact_duration: { from: 'started (first)', to: 'recovered (last, after the last reopened entry), else resolved' },
  time_to_resolve: { from: 'started (first)', to: 'resolved (last, after the last reopened entry)' },
};

export function definitions() {
  return {
    version: INSIGHTS_VERSION,
    percentiles: 'nearest-rank: the value at rank ceil(p/100 * n) of the sorted figures, always an observed value; p50 is the median',
    mean: 'the arithmetic mean in whole milliseconds, given only beside the median',
    incident_date: 'the date in the incident id (the day it started, in its own zone); --since, --until and months use it',
    drills: 'kind: drill; counted apart, never in any figure',
    response: Object.fromEntries(METRIC_KEYS.map((k) => [k, {
      ...RESPONSE[k],
      rule: 'from the milestone entries only; without both, or with the pair out of order, the incident is "without data"; approx when either entry has approx: true',
    }])),
    action_item_created: 'the local date of the incident\'s last resolution (files record no creation date), else the incident date',
    action_item_completed: 'status done; files record no completion date, so completed items count in the month they were created',
    open_item_age: 'whole days from created to today (UTC) for items open or in-progress: 0-30, 31-90, over 90',
    overdue_item: 'open or in-progress with a due date before today (UTC)',
    completion_rate: 'done / (done + open + in-progress); wont-do items are left out',
    linked_to_issue: 'items with an issue: link / all items',
    postmortem_deadline: 'postmortem_due for the severity, counted from the local date of the last resolution',
    postmortem_reviewed: 'the first approved (or published) step in postmortem.approvals, on its local date',
    postmortem_within_deadline: 'reviewed on or before the deadline / resolved incidents reviewed or past their deadline',
    postmortem_to_published: 'whole days from the last resolution to the last published step, local dates',
    postmortem_overdue: 'resolved, not reviewed, deadline before today (UTC)',
    outside_working_hours: 'a timeline entry whose local time (incident zone, or working_hours.timezone) is not on a working day between start (inclusive) and end (exclusive)',
    repeats: 'a service (or tag) named by more than one incident in the window',
  };
}
