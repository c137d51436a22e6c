// PagerDuty REST API v2: incidents (GET /incidents) with their log entries.
import type { ImportSource } from '../types.ts';

export const pagerdutySource: ImportSource = {
  name: 'pagerduty',
  describe: 'PagerDuty REST API v2 incidents and log entries (JSON files or a directory of them)',
  read: () => ({ incidents: [], refused: [] }),
};
