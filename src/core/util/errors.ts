// One error type per kind of failure; the CLI maps them to exit codes in one place (src/cli/main.ts).

/** The user asked for something that cannot be done as asked (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A document (or config) is not what it must be; points at file:line:column when known (exit 1). */
export class DocumentError extends Error {
  override name = 'DocumentError';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
  /** `incidents/x.md:7:11: message`, the way compilers and linters print a place. */
  describe(): string {
    if (!this.file) return this.message;
    const place = this.line ? `${this.file}:${this.line}${this.column ? `:${this.column}` : ''}` : this.file;
    return `${place}: ${this.message}`;
  }
}

/** The command ran and failed for a reason outside the user's input, e.g. a lock held too long (exit 1). */
export class CommandError extends Error {
  override name = 'CommandError';
}

/** The command has printed its findings and ends with this exit code (e.g. validate: 1 on errors). */
export class SilentExit extends Error {
  override name = 'SilentExit';
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
