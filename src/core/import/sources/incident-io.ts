// incident.io API v2: incidents with their timestamps, updates, roles and follow-ups.
import type { ImportSource } from '../types.ts';

export const incidentIoSource: ImportSource = {
  name: 'incident-io',
  describe: 'incident.io API v2 incidents, incident updates and follow-ups (JSON files or a directory of them)',
  read: () => ({ incidents: [], refused: [] }),
};
