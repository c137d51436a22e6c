// A built lane (dist/lanes/<command>.cjs) is two things at once (scripts/build.mjs, LANE_HEAD): run
// as a script, as bin/incident.cjs runs it with V8's code cache, its value is the module's
// function; required as a CommonJS module, it runs as one and exports main and run.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { test } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '..');
const LANES = path.join(ROOT, 'dist', 'lanes');

test('every lane is a script whose value is the module function, and a module that exports main', () => {
  const lanes = fs.readdirSync(LANES).filter((f) => f.endsWith('.cjs'));
  assert.ok(lanes.includes('render.cjs') && lanes.includes('log.cjs'));
  for (const name of lanes) {
    const file = path.join(LANES, name);
    const value = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file }).runInThisContext();
    assert.equal(typeof value, 'function', name);
    assert.equal(value.length, 5, `${name}: (exports, require, module, __filename, __dirname)`);
    const module = { exports: {} as Record<string, unknown> };
    value.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
    assert.equal(typeof module.exports.main, 'function', `${name} run as bin/incident.cjs runs it`);
  }
  const required = createRequire(import.meta.url)(path.join(LANES, 'render.cjs'));
  assert.equal(typeof required.main, 'function');
  assert.equal(typeof required.run, 'function');
});
