#!/usr/bin/env node
// End-to-end run: makes sure Debian's chromium and poppler-utils are installed (installs them when
// running as root, otherwise stops and names them), builds the app, serves the build with
// `vite preview` on 127.0.0.1:4173, runs test/e2e/**/*.e2e.ts with vitest, and always stops the server.
// Extra arguments are passed to vitest (e.g. `npm run test:e2e -- foundation`). E2E_PORT and
// E2E_OUT_DIR (defaults 4173 and dist) let two runs on one machine keep out of each other's way.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_OUT_DIR as OUT_DIR } from './e2e-out-dir.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const HOST = '127.0.0.1';
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://${HOST}:${PORT}`;
const PACKAGES = ['chromium', 'poppler-utils'];
const TOOLS = ['/usr/bin/chromium', 'pdftotext', 'pdftoppm'];

function hasTool(tool) {
  if (tool.startsWith('/')) return existsSync(tool);
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
}

function fail(message) {
  console.error(`\ne2e: ${message}`);
  process.exit(1);
}

function ensureSystemPackages() {
  const missing = TOOLS.filter((t) => !hasTool(t));
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    fail(
      `missing ${missing.join(', ')}. Install the Debian packages ${PACKAGES.join(' and ')} ` +
        `(sudo apt-get install -y ${PACKAGES.join(' ')}) and run again. The end-to-end tests were NOT run.`,
    );
  }
  console.log(`e2e: installing ${PACKAGES.join(' ')} (missing: ${missing.join(', ')})`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...PACKAGES]]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env: aptEnv });
    if (run.status !== 0) fail(`apt-get ${args.join(' ')} failed; install ${PACKAGES.join(' and ')} by hand.`);
  }
  const still = TOOLS.filter((t) => !hasTool(t));
  if (still.length > 0) fail(`still missing after installing: ${still.join(', ')}`);
}

function build() {
  console.log('e2e: building the app');
  const run = spawnSync(bin('vite'), ['build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) fail('vite build failed');
}

async function isUp() {
  try {
    const res = await fetch(`${BASE_URL}/`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function startServer() {
  if (await isUp()) fail(`something already answers on ${BASE_URL}; stop it first so the tests run against this build.`);
  // Started directly (not through npx) so the pid is the server's own and killing it stops it.
  const server = spawn(bin('vite'), ['preview', '--outDir', OUT_DIR, '--host', HOST, '--port', String(PORT), '--strictPort'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) fail(`vite preview exited (${server.exitCode}):\n${output}`);
    if (await isUp()) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill('SIGTERM');
  fail(`vite preview did not answer on ${BASE_URL} within 30 s:\n${output}`);
}

function stopServer(server) {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
}

function runVitest(files) {
  return new Promise((resolvePromise) => {
    const child = spawn(bin('vitest'), ['run', '--config', 'test/e2e/vitest.e2e.config.ts', ...files], {
      cwd: root,
      env: { ...env, E2E_BASE_URL: BASE_URL },
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

ensureSystemPackages();
build();
const server = await startServer();
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopServer(server);
    process.exit(130);
  });
}
process.on('exit', () => stopServer(server));
let code = 1;
try {
  code = await runVitest(process.argv.slice(2));
} finally {
  stopServer(server);
}
process.exit(code);
