#!/usr/bin/env node
// Every test, in order: typecheck, lint, unit and component tests, then end to end in real Chromium.
// The unit and component tests run twice, in two time zones a day apart (UTC+14 and UTC-10), so a
// test or a piece of code that leans on the host's zone fails here rather than on someone's machine.
// Each step runs even when an earlier one failed, so one run shows every problem; the exit code is
// non-zero when any step failed.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

const steps = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'] },
  { name: 'lint', cmd: bin('eslint'), args: ['src', 'test'] },
  ...['Pacific/Kiritimati', 'Pacific/Honolulu'].map((zone) => ({
    name: `unit and component tests, TZ=${zone}`,
    cmd: bin('vitest'),
    args: ['run'],
    env: { TZ: zone },
  })),
  { name: 'end-to-end tests', cmd: process.execPath, args: [resolve(root, 'test/scripts/e2e.mjs')] },
];

const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const run = spawnSync(step.cmd, step.args, { cwd: root, env: { ...env, ...step.env }, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  if (run.error) console.error(run.error.message);
  results.push({ name: step.name, ok, seconds });
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'pass' : 'FAIL'}  ${r.name} (${r.seconds} s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
