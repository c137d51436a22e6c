// What `incident init` sets up in an ops repository besides .incident.yml, as text: the lines of
// .gitignore for what Casefile and npm generate, the remark config that runs Casefile's checks in
// editors (unified-language-server, through VS Code's remark extension), and the editor extensions
// to recommend. Existing files are extended, never rewritten: a team's own lines stay.

/** Where init writes the schemas, relative to the repository root: a folder of generated files, committed. */
export const SCHEMA_DIR = '.casefile';
export const INCIDENT_SCHEMA_FILE = `${SCHEMA_DIR}/incident.schema.json`;
export const CONFIG_SCHEMA_FILE = `${SCHEMA_DIR}/config.schema.json`;

/** Generated, never committed: npm's install, and the site `incident publish` writes by default. */
export const GITIGNORE_ENTRIES = ['node_modules/', '/site/'] as const;

/**
 * .gitignore with the entries it lacks appended under a comment, or undefined when none is missing.
 * An entry counts as present in any of its usual spellings (`node_modules`, `/node_modules/`...).
 */
export function withGitignoreEntries(existing: string | undefined): string | undefined {
  const lines = new Set((existing ?? '').split(/\r?\n/).map((l) => l.trim().replace(/^\/|\/$/g, '')));
  const missing = GITIGNORE_ENTRIES.filter((entry) => !lines.has(entry.replace(/^\/|\/$/g, '')));
  if (!missing.length) return undefined;
  const eol = existing?.includes('\r\n') ? '\r\n' : '\n';
  const before = !existing ? '' : existing.endsWith('\n') ? `${existing}${eol}` : `${existing}${eol}${eol}`;
  return `${before}# Casefile: npm's install and the site incident publish writes${eol}${missing.join(eol)}${eol}`;
}

/** remark (remark-cli, editors) runs Casefile's rules on Markdown: the same messages as `incident validate`. */
export const REMARKRC = `${JSON.stringify({ plugins: ['casefile/remark'] }, null, 2)}\n`;

/** Files a remark config can live in besides .remarkrc (unified-engine's names); one of them means "already set up". */
export const REMARK_CONFIG_FILES = ['.remarkrc', '.remarkrc.json', '.remarkrc.cjs', '.remarkrc.mjs', '.remarkrc.js', '.remarkrc.yaml', '.remarkrc.yml'] as const;

/** The remark extension shows the rules' messages in .md files; the YAML extension reads the schema lines. */
export const RECOMMENDED_EXTENSIONS = ['unifiedjs.vscode-remark', 'redhat.vscode-yaml'] as const;

/**
 * .vscode/extensions.json recommending the extensions, or undefined when it already does (or is
 * not plain JSON, e.g. it has comments: then it is left for a person to edit, and `unreadable` says so).
 */
export function withRecommendedExtensions(existing: string | undefined): { text?: string; unreadable?: boolean } {
  if (existing === undefined) return { text: `${JSON.stringify({ recommendations: RECOMMENDED_EXTENSIONS }, null, 2)}\n` };
  let data: unknown;
  try {
    data = JSON.parse(existing);
  } catch {
    return { unreadable: true };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { unreadable: true };
  const record = data as Record<string, unknown>;
  const current = record['recommendations'] ?? [];
  if (!Array.isArray(current)) return { unreadable: true };
  const missing = RECOMMENDED_EXTENSIONS.filter((id) => !current.some((c) => typeof c === 'string' && c.toLowerCase() === id));
  if (!missing.length) return {};
  return { text: `${JSON.stringify({ ...record, recommendations: [...current, ...missing] }, null, 2)}\n` };
}

/** The first line of the config init writes: editors check .incident.yml against its schema. */
export const configSchemaLine = (schemaPath: string): string => `# yaml-language-server: $schema=${schemaPath}\n`;
