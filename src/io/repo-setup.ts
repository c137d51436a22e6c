// `incident init`'s set-up of an ops repository beside .incident.yml: .gitignore entries, the remark
// config, the recommended editor extensions, and the two schemas the schema lines point at. Files
// a person wrote are extended or left alone; the schemas are generated, so they are rewritten from
// the config each time (init again after changing severities).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../core/config/config.ts';
import { CONFIG_SCHEMA_FILE, INCIDENT_SCHEMA_FILE, REMARK_CONFIG_FILES, REMARKRC, withGitignoreEntries, withRecommendedExtensions } from '../core/config/setup.ts';
import { repositoryConfigSchema, repositoryIncidentSchema, schemaText } from '../core/config/repo-schema.ts';
import { writeFileAtomic } from './atomic-write.ts';

export interface SetupResult {
  /** Files written, relative to the root. */
  written: string[];
  /** What was left for a person to do, one line each. */
  notes: string[];
}

export function setUpRepository(root: string, config: Config): SetupResult {
  const written: string[] = [];
  const notes: string[] = [];
  const read = (rel: string) => (existsSync(join(root, rel)) ? readFileSync(join(root, rel), 'utf8') : undefined);
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileAtomic(join(root, rel), text);
    written.push(rel);
  };

  const gitignore = withGitignoreEntries(read('.gitignore'));
  if (gitignore !== undefined) write('.gitignore', gitignore);

  const remarkConfig = REMARK_CONFIG_FILES.find((name) => existsSync(join(root, name)));
  if (!remarkConfig) write('.remarkrc', REMARKRC);
  else if (!/casefile\/remark/.test(read(remarkConfig) ?? '')) notes.push(`${remarkConfig} exists: add "casefile/remark" to its plugins for Casefile's checks in editors`);

  const extensions = withRecommendedExtensions(read('.vscode/extensions.json'));
  if (extensions.text !== undefined) write('.vscode/extensions.json', extensions.text);
  if (extensions.unreadable) notes.push('.vscode/extensions.json is not plain JSON: recommend unifiedjs.vscode-remark and redhat.vscode-yaml in it by hand');

  for (const [rel, schema] of [[INCIDENT_SCHEMA_FILE, repositoryIncidentSchema(config)], [CONFIG_SCHEMA_FILE, repositoryConfigSchema()]] as const) {
    const text = schemaText(schema);
    if (read(rel) !== text) write(rel, text);
  }
  return { written, notes };
}
