// Golden command transcripts (adr-tools' tests/*.expected, with a pinned clock): a fixture is
// a list of commands typed as a scribe would, each followed by what it printed. The test runs the
// commands with the real built CLI in a repository made by `incident init` and compares.
//
//   # a comment                     kept as written
//   @now 2017-03-02T18:00:00Z       pins the clock (CASEFILE_NOW) for the commands that follow
//   @body body.md                   the scribe's editor: the incident's Markdown body becomes that file
//   $ incident log <id> "text"      a command, split into words like a shell (quotes, backslashes)
//   | a line it printed on stdout
//   ! a line it printed on stderr
//   [exit 2]                        its exit code, when not 0
import fs from 'node:fs';
import path from 'node:path';
import type { TestRepo } from './repo.ts';

export type Step =
  | { kind: 'comment'; text: string }
  | { kind: 'now'; at: string }
  | { kind: 'body'; file: string }
  | { kind: 'command'; line: string; args: string[] };

export interface Ran {
  step: Step;
  stdout: string;
  stderr: string;
  code: number | null;
}

/** The steps of a transcript; printed lines are ignored (they are what the run must give). */
export function parseTranscript(text: string): Step[] {
  const steps: Step[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('$ ')) steps.push({ kind: 'command', line: line.slice(2), args: shellWords(line.slice(2)) });
    else if (line.startsWith('@now ')) steps.push({ kind: 'now', at: line.slice(5).trim() });
    else if (line.startsWith('@body ')) steps.push({ kind: 'body', file: line.slice(6).trim() });
    else if (line.startsWith('#')) steps.push({ kind: 'comment', text: line });
  }
  return steps;
}

/** Words as sh splits them: single quotes literal, double quotes with \" and \\, backslash escapes. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unclosed ' in: ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      word ??= '';
      for (i++; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) i++;
        word += line[i];
      }
      if (i >= line.length) throw new Error(`unclosed " in: ${line}`);
    } else if (c === '\\' && i + 1 < line.length) {
      word = (word ?? '') + line[++i];
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

export const SCRIBE = 'Sam Scribe';

/** Runs the steps in `repo`; `fixtureDir` holds the files `@body` names. */
export function runTranscript(steps: Step[], repo: TestRepo, fixtureDir: string): Ran[] {
  let now = '';
  const ran: Ran[] = [];
  for (const step of steps) {
    if (step.kind === 'now') now = step.at;
    if (step.kind === 'body') replaceBody(repo, fs.readFileSync(path.join(fixtureDir, step.file), 'utf8'));
    if (step.kind !== 'command') {
      ran.push({ step, stdout: '', stderr: '', code: 0 });
      continue;
    }
    if (step.args[0] !== 'incident') throw new Error(`a transcript runs incident commands only: ${step.line}`);
    // The scribe is who the commands name by default (`by`), as their git user name would.
    const r = repo.run(step.args.slice(1), { env: { CASEFILE_NOW: now || undefined, GIT_AUTHOR_NAME: SCRIBE } });
    ran.push({ step, stdout: r.stdout, stderr: r.stderr, code: r.code });
  }
  return ran;
}

/** The transcript text a run gives: the steps, each command followed by what it printed. */
export function formatTranscript(ran: Ran[]): string {
  const out: string[] = [];
  const lines = (text: string, prefix: string) => {
    if (!text) return;
    for (const line of text.replace(/\n$/, '').split('\n')) out.push(`${prefix}${line}`.trimEnd());
  };
  for (const { step, stdout, stderr, code } of ran) {
    if (step.kind === 'comment') out.push(step.text);
    else if (step.kind === 'now') out.push(`@now ${step.at}`);
    else if (step.kind === 'body') out.push(`@body ${step.file}`);
    else {
      out.push(`$ ${step.line}`);
      lines(stdout, '| ');
      lines(stderr, '! ');
      if (code !== 0) out.push(`[exit ${code}]`);
    }
  }
  return out.join('\n') + '\n';
}

/** The one incident file of the repository. */
export function incidentFile(repo: TestRepo): string {
  const files = fs.readdirSync(path.join(repo.dir, 'incidents')).filter((f) => f.endsWith('.md'));
  if (files.length !== 1) throw new Error(`expected one incident file, found ${files.join(', ') || 'none'}`);
  return `incidents/${files[0]}`;
}

/** Keeps the frontmatter as the commands wrote it and puts the scribe's prose after it. */
function replaceBody(repo: TestRepo, body: string): void {
  const rel = incidentFile(repo);
  const text = repo.read(rel);
  const close = text.indexOf('\n---\n', 4);
  if (!text.startsWith('---\n') || close < 0) throw new Error(`${rel}: no frontmatter to keep`);
  repo.write(rel, text.slice(0, close + 5) + '\n' + body);
}
