// The incident schema of one repository: the format's schema (schema.ts) with the repository's own
// severities as the only allowed values of `severity`, so an editor flags `SEV-9` and completes the
// configured ones. `incident init` writes it (and the config's schema) where the schema line of
// every new incident points; running init again after changing severities rewrites both.
import type { Config } from './config.ts';
import { configSchema } from './config-schema.ts';
import { incidentSchema } from '../model/schema.ts';

const GENERATED = 'Written by `incident init` from .incident.yml; run `incident init` again after changing it.';

export function repositoryIncidentSchema(config: Config): object {
  const schema = structuredClone(incidentSchema) as Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };
  delete schema['$id'];
  schema['$comment'] = GENERATED;
  const { examples: _examples, ...severity } = schema.properties['severity']!;
  schema.properties['severity'] = {
    ...severity,
    enum: [...config.severities],
    description: `Severity level, most severe first: ${config.severities.join(', ')} (severities in .incident.yml).`,
  };
  return schema;
}

export function repositoryConfigSchema(): object {
  return { ...structuredClone(configSchema), $comment: GENERATED };
}

/** A schema as its file holds it. */
export const schemaText = (schema: object): string => JSON.stringify(schema, null, 2) + '\n';
