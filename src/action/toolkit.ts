// The few parts of the Actions runner protocol the Action uses: inputs from INPUT_* variables,
// workflow commands on stdout (annotations), and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
// Our own instead of @actions/core, whose HTTP client (undici) doubled the Action's start-up.
import { appendFileSync } from 'node:fs';
import { workflowCommand } from '../core/validate/format.ts';
import { writeLine } from '../cli/io.ts';

type Env = NodeJS.ProcessEnv;

/** An input as the runner passes it: `with: { incidents-dir: x }` is INPUT_INCIDENTS-DIR. */
export const getInput = (name: string, env: Env = process.env) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

// writeSync, not process.stdout: the stream objects load Node's streams stack (the CLI's reason too).
const line = (text: string) => writeLine(1, text);
export const info = (message: string) => line(message);

export interface Place {
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

/** An annotation (on the diff when it has a file and line). Properties in the runner's own order. */
export function annotate(kind: 'error' | 'warning' | 'notice', message: string, place: Place = {}): void {
  line(workflowCommand(kind, { title: place.title, file: place.file, line: place.line, col: place.col }, message));
}

/** Fails the step: an error annotation and exit code 1. */
export function setFailed(message: string): void {
  annotate('error', message);
  process.exitCode = 1;
}

/** A step output, in the GITHUB_OUTPUT file with a delimiter that neither holds. */
export function setOutput(name: string, value: string, env: Env = process.env): void {
  // Not node:crypto's randomUUID: loading it costs 4-5 ms of CPU on Node 24 (IssueOps runs on every
  // comment). The check, not the randomness, is what keeps a value from ending its own output early.
  let delimiter: string;
  do delimiter = `ghadelimiter_${randomHex()}`;
  while (name.includes(delimiter) || value.includes(delimiter));
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
  else info(`output ${name}=${value}`);
}

const randomHex = () => Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')).join('');

/** Markdown for the job summary page. */
export function addSummary(markdown: string, env: Env = process.env): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown.endsWith('\n') ? markdown : markdown + '\n');
  else info(markdown);
}
