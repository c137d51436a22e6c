// The source-neutral shape every importer produces, and the one signature a source implements.
//
// How a source plugs in:
//   1. Write src/core/import/sources/<name>.ts exporting `const <name>Source: ImportSource`.
//      It is PURE: it gets the input already listed (and read on demand) by the command's adapter,
//      parses it, and returns ImportedIncident[]. No fs, no process, no clock: `now` comes in options.
//   2. Add one line to SOURCES in src/core/import/sources/index.ts.
//   3. Add its rows to the mapping table in docs/import.md.
// The shared plan (src/core/import/plan.ts) does the rest: severity through the config, ids, the
// frontmatter, re-import matched by `import.source` + `import.source_id`, the timeline check.
// A source never decides what is in the file today; it only says what the source holds.

import type { EntryKind, Status, SingleRole } from '../model/types.ts';

/**
 * What the user named on the command line, listed by the adapter. A file gives one entry (its own
 * base name); a directory gives every regular file under it. Sources read only what they need.
 */
export interface ImportInput {
  /** The path as the user typed it (for messages only). */
  readonly root: string;
  /** true when `root` is a directory. */
  readonly directory: boolean;
  /** Files under root, '/'-separated paths relative to root, sorted by code point. */
  readonly files: readonly string[];
  /** UTF-8 text of one of `files` (a BOM is removed). Throws DocumentError if it cannot be read. */
  text(path: string): string;
  /** Bytes of one of `files` (evidence copies). */
  bytes(path: string): Uint8Array;
}

/** Options every source receives. Values from flags a source declares in `ImportSource.options`. */
export interface ImportReadOptions {
  /** Fixed clock (ISO with offset), for anything that needs "now". */
  now: string;
  /** The zone to read times in when the source gives none (config `timezone`, else UTC). */
  timezone: string;
  /** Only incidents started at or after / before these instants (ISO with offset); the plan filters too. */
  since?: string;
  until?: string;
  /** Config `people:` (names as written in incidents -> GitHub logins). */
  people: Readonly<Record<string, string>>;
  /** This source's section of `.incident.yml` `import:` (e.g. `import: {slack: {reaction: pushpin}}`), or {}. */
  config: Readonly<Record<string, unknown>>;
  /** Values of the flags the source declared (`--channel general` -> {channel: 'general'}). */
  flags: Readonly<Record<string, string | string[] | boolean | undefined>>;
}

/** A flag a source adds to `incident import` (documented in its --help as "<source>: ..."). */
export interface ImportFlag {
  /** Long name without dashes, e.g. 'channel'; the value arrives in `flags[name]` (camelCase not applied). */
  name: string;
  /** Value placeholder ('<name>') or undefined for a boolean switch. */
  value?: string;
  description: string;
  repeatable?: boolean;
}

export interface ImportSource {
  /** The name typed on the command line: `incident import <name> <path>`. */
  readonly name: string;
  /** One line for --help: what to point the command at. */
  readonly describe: string;
  readonly options?: readonly ImportFlag[];
  /**
   * Default severity mapping, keyed `<field>=<value>` as in ImportedIncident.severity
   * (`priority=P1: SEV-1`). The config's `import.<source>.severity_map` wins over it.
   */
  readonly severityMap?: Readonly<Record<string, string>>;
  /**
   * Parses the input. Returns the incidents it holds and the ones it refused (one line each,
   * "Unexpected X, expected Y" with file:line where known); throws DocumentError (../util/errors.ts,
   * with the input file and line) when the input as a whole is not this source's: exit 1.
   */
  read(input: ImportInput, options: ImportReadOptions): ImportResult;
}

export interface ImportResult {
  incidents: ImportedIncident[];
  /** Items of the input that could not be read; the others are still imported (exit 1 at the end). */
  refused: ImportRefusal[];
  /** Things worth telling the user that are not errors (e.g. "opsgenie: no timeline in this export"). */
  notes?: string[];
}

export interface ImportRefusal {
  /** Where in the input (file:line, file#index). */
  where: string;
  message: string;
  /** The source's id of the incident refused, when it has one. */
  sourceId?: string;
}

/** One timestamped event, with its time exactly as the source wrote it (offset kept). */
export interface ImportedEntry {
  /** ISO 8601 with an explicit offset. Keep the source's own offset ('Z' stays 'Z'). */
  at: string;
  kind: EntryKind;
  text: string;
  /** A person's display name, already mapped (never an email or an id when a name is known). */
  by?: string;
  approx?: boolean;
}

export interface ImportedActionItem {
  /** The source's id of the follow-up: re-import matches the action item by it. */
  sourceId: string;
  title: string;
  type?: 'prevent' | 'detect' | 'mitigate' | 'process' | 'other';
  owner?: string;
  /** YYYY-MM-DD. */
  due?: string;
  status?: 'open' | 'in-progress' | 'done' | 'wont-do';
  reason?: string;
  /** Tracker link (http/https). */
  issue?: string;
}

export interface ImportedUpdate {
  at: string;
  status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
  text: string;
  by?: string;
}

/** A file the source holds (Slack upload...): the writer copies it next to the incident and hashes it. */
export interface ImportedEvidence {
  /** Path of the bytes in ImportInput.files. */
  path: string;
  /** File name to save under (<id>/evidence/<UTC time>-<name>). */
  name: string;
  at: string;
  by?: string;
  note?: string;
  /** SHA-256 the source states, if any: the writer refuses the file when the bytes differ. */
  sha256?: string;
}

export interface ImportedIncident {
  /** The source's name (ImportSource.name). */
  source: string;
  /** The source's own id of the incident (PagerDuty PT4KHLK, incident.io 01FDAG4SAP5TYPT98WGR2N7W91...). */
  sourceId: string;
  /** Where it came from in the input, for messages: 'incidents.json#2', 'general/2024-01-02.json'. */
  where: string;
  /** Link to the incident in the source tool (kept under import:). */
  url?: string;
  title: string;
  /**
   * Severity candidates as the source names them, best first: [{field: 'priority', value: 'P1'},
   * {field: 'urgency', value: 'high'}]. The first with a mapping wins; a value that is already one
   * of the configured severities (SEV-2) is taken as it is. None: the config's default, with a note.
   */
  severity: { field: string; value: string }[];
  /** Casefile status; sources map their own (triggered -> investigating, resolved -> resolved...). */
  status: Status;
  services?: string[];
  /** IANA zone from the source (an account's or user's zone), if it has one. */
  timezone?: string;
  /** When impact began; also gives the id's date. None: the first timeline entry's time. */
  started?: string;
  /** Timeline, in the source's order. Milestones are entries of milestone kinds (started, detected...). */
  timeline: ImportedEntry[];
  roles?: Partial<Record<SingleRole, string>> & { subject_matter_experts?: string[] };
  actionItems?: ImportedActionItem[];
  updates?: ImportedUpdate[];
  evidence?: ImportedEvidence[];
  impactSummary?: string;
  public?: boolean;
  /** A practice or test incident (incident.io test mode...): written as kind `drill`, never counted in metrics. */
  drill?: boolean;
  /** Body text for the post-mortem's Summary section, only used when the file is first written. */
  summary?: string;
  /** Everything the source had that is not mapped above, as it was: kept under `import.fields`. */
  raw: Record<string, unknown>;
}
