#!/usr/bin/env node
// CommonJS on purpose: a lane (src/cli/lane.ts) then starts without Node's ESM loader. Lanes are
// the commands built to dist/lanes/<command>.cjs; every other command, help, and whatever a lane
// hands over run in the full CLI, dist/cli.js.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const argv = process.argv.slice(2);
const command = argv[0] ?? '';
const lanePath = join(__dirname, '..', 'dist', 'lanes', `${command}.cjs`);
// Help and the version are commander's, wherever they stand on the line.
const FULL_CLI_FLAGS = ['-h', '--help', '-V', '--version'];
const isLane = /^[a-z-]+$/.test(command) && !argv.some((a) => FULL_CLI_FLAGS.includes(a)) && existsSync(lanePath);

const full = () => import('../dist/cli.js').then((cli) => cli.main(argv));
(isLane ? require(lanePath).main(argv).then((code) => code ?? full()) : full()).then((code) => {
  process.exitCode = code;
});
