// The vocabulary of `incident validate`: diagnostics, the context a rule sees, and what a rule is.
import type { Config } from '../config/config.ts';
import type { Body } from '../markdown/sections.ts';
import type { Leak } from '../render/leak.ts';

export type Severity = 'error' | 'warning';

/** One finding, at a place in a file; printed as `file:line:column severity message rule-id`. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  ruleId: string;
}

/** A path into the frontmatter data, e.g. ['timeline', 3, 'at']. */
export type FieldPath = readonly (string | number)[];

export interface Report {
  /** "Unexpected X, expected Y", the way remark-lint and unified word their messages. */
  message: string;
  /** Where in the frontmatter: the value at this path (or its key with `part: 'key'`). */
  path?: FieldPath;
  part?: 'key' | 'value';
  /** Or an explicit place in the file (1-based), e.g. a heading in the body. */
  line?: number;
  column?: number;
  /** Overrides the severity the rule's kind and the incident's status give (e.g. unknown keys warn). */
  severity?: Severity;
}

export interface RuleContext {
  /** The file as shown in messages (relative path). */
  file: string;
  text: string;
  /** The frontmatter as plain data. It may not match the schema: rules must check shapes. */
  data: Record<string, unknown>;
  /** Headings and sections of the Markdown body, with file positions. */
  body: Body;
  config: Config;
  /** The clock, epoch ms (for due dates). */
  now: number;
  /** The skeleton body `incident new` writes (the repository's own if it has one): a section still
   * holding its guidance unchanged counts as not written. */
  template?: { text: string; body: Body };
  /** For a public incident (public: true): every leak of its rendered public output (publish/public-check.ts). */
  publicLeaks?: Leak[];
  report(report: Report): void;
  /** The file line of the value at a frontmatter path (for "first at line 40"); cheap, but call it only for findings. */
  lineOf(path: FieldPath): number;
}

/**
 * `format` rules are errors at any status. `postmortem` rules follow the incident's status:
 * silent while it is open (warnings if `live`, for what matters during the incident, like roles),
 * warnings once resolved, errors once closed. Drills follow the same rules.
 */
export type RuleKind = 'format' | 'postmortem';

export interface RuleExample {
  /** A whole incident file. */
  text: string;
  /** The expected messages, each `line:column severity message` (empty for a valid example). */
  messages: string[];
  /** The file name the example is checked as (default `incidents/<id>.md` from the text). */
  file?: string;
}

export interface Rule {
  id: string;
  /** One line: what the rule checks and why. */
  doc: string;
  kind: RuleKind;
  live?: boolean;
  check(ctx: RuleContext): void;
  /** Executable examples: run as tests (test/rules.test.ts). */
  examples: RuleExample[];
}
