// Validates action.yml and every workflow file (ours and the examples users copy) with
// @action-validator/cli. Its newest schema (0.6.0) predates `runs.using: node24`, which GitHub's
// runners now require (node20 actions are gone), so action.yml is checked as written except
// for that one value, which is validated against the newest runtime the schema knows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
const workflows = ['.github/workflows', 'docs/workflows'].flatMap((dir) =>
  readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f)));

let failed = false;
const check = (label, path) => {
  const r = spawnSync(process.execPath, [cli, path], { encoding: 'utf8' });
  if (r.status !== 0) {
    failed = true;
    console.error(`${label}: invalid\n${r.stdout}${r.stderr}`);
  } else console.log(`${label}: valid`);
};

const action = readFileSync(join(root, 'action.yml'), 'utf8');
if (!/^  using: node24$/m.test(action)) {
  failed = true;
  console.error('action.yml: expected runs.using: node24 (node20 actions no longer run on GitHub)');
}
const tmp = mkdtempSync(join(tmpdir(), 'casefile-action-'));
writeFileSync(join(tmp, 'action.yml'), action.replace(/^  using: node24$/m, '  using: node20'));
check('action.yml', join(tmp, 'action.yml'));
rmSync(tmp, { recursive: true });
for (const file of workflows) check(file, join(root, file));
process.exit(failed ? 1 : 0);
