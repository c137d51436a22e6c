// Templates: the repository's own copy (in its templates directory) wins over the bundled default.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Repo } from './repo.ts';
import incidentBody from '../../templates/incident.md';

const DEFAULTS: Record<string, string> = { 'incident.md': incidentBody };

export function loadTemplate(repo: Repo, name: keyof typeof DEFAULTS & string): string {
  const own = join(repo.root, repo.config.templates_dir, name);
  return existsSync(own) ? readFileSync(own, 'utf8') : DEFAULTS[name]!;
}
