#!/usr/bin/env node
// `npm run bench`: builds the app into a temporary folder, serves it with `vite preview` on its
// own port, prints the gzip size of the start-up JavaScript (every script Chromium fetched before
// Home's heading was in the page, in English and in French) and of each lazy chunk, then runs
// test/bench/scale.run.ts, which seeds three data sizes in real Chromium through the app's own import
// and prints the timings and DOM sizes. Figures are printed, never asserted.
// Options: --sizes=S,M (default S,M,L), --runs=5, --bundle-only.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const HOST = '127.0.0.1';
const PORT = Number(process.env.BENCH_PORT ?? 4196);
const BASE_URL = `http://${HOST}:${PORT}`;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));

function fail(message) {
  console.error(`\nbench: ${message}`);
  process.exit(1);
}

function build(outDir) {
  console.log(`bench: building the app into ${outDir}`);
  const run = spawnSync(bin('vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) fail('vite build failed');
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const gzip = (path) => gzipSync(readFileSync(path)).length;

/**
 * The scripts a first visit fetches before Home is on screen: recorded in the page itself, as the
 * resources whose fetch started before the heading appeared (screens warmed after the first paint
 * start later). No service worker, no cache: a first visit.
 */
async function startupScripts(locale) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale, serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('main h1')) return;
        window.__firstScreenAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${BASE_URL}/`);
    await page.waitForFunction(() => window.__firstScreenAt !== undefined, undefined, { timeout: 30_000 });
    return await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < window.__firstScreenAt)
        .map((e) => new URL(e.name).pathname.slice(1))
        .filter((path) => path.endsWith('.js')),
    );
  } finally {
    await browser.close();
  }
}

async function bundleFigures(outDir, floor) {
  const all = files(join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => relative(outDir, f));
  const row = (f) => `  ${f.padEnd(48)} ${kB(statSync(join(outDir, f)).size).padStart(10)} ${kB(gzip(join(outDir, f))).padStart(10)} gz`;
  const startup = {};
  for (const locale of ['en-GB', 'fr-FR']) startup[locale] = await startupScripts(locale);
  const atStart = new Set(Object.values(startup).flat());
  const lazy = all.filter((f) => !atStart.has(f));
  const css = files(join(outDir, 'assets')).filter((f) => f.endsWith('.css'));
  console.log('\nBundle (gzip, default level)');
  const ratios = [];
  for (const [locale, scripts] of Object.entries(startup)) {
    const gz = scripts.reduce((sum, f) => sum + gzip(join(outDir, f)), 0);
    console.log(`start-up JavaScript, first visit to Home in ${locale}: ${kB(gz)} gz in ${scripts.length} file(s)`);
    scripts.forEach((f) => console.log(row(f)));
    ratios.push(`${locale} ${(gz / floor).toFixed(2)}x`);
  }
  console.log(`lazy chunks (other screens, the other language, engines loaded on demand): ${lazy.length}`);
  lazy.forEach((f) => console.log(row(f)));
  console.log('other:');
  css.forEach((f) => console.log(row(relative(outDir, f))));
  const sw = join(outDir, 'sw.js');
  console.log(`  ${'sw.js (service worker)'.padEnd(48)} ${kB(statSync(sw).size).padStart(10)} ${kB(gzip(sw)).padStart(10)} gz`);
  console.log(`start-up JavaScript / bare React + Dexie floor (${kB(floor)} gz): ${ratios.join(', ')}\n`);
}

/**
 * The floor the start-up size is compared with: the same toolchain building a page that renders one
 * React component and opens one Dexie table, and nothing else.
 */
async function bareFloorGz() {
  // Inside node_modules so that react and dexie resolve from the project's own install.
  const src = join(root, 'node_modules/.cache/bench-floor');
  const out = mkdtempSync(join(tmpdir(), 'refund-bench-floor-'));
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="./main.js"></script>');
  writeFileSync(
    join(src, 'main.js'),
    [
      "import { createElement, useEffect, useState } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import Dexie from 'dexie';",
      "const db = new Dexie('floor');",
      "db.version(1).stores({ items: 'id' });",
      'function App() {',
      '  const [n, setN] = useState(0);',
      '  useEffect(() => { void db.items.count().then(setN); }, []);',
      "  return createElement('p', null, String(n));",
      '}',
      "createRoot(document.getElementById('root')).render(createElement(App));",
    ].join('\n'),
  );
  try {
    await viteBuild({ root: src, configFile: false, logLevel: 'silent', build: { outDir: out, target: 'es2022' } });
    return files(join(out, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .reduce((sum, f) => sum + gzip(f), 0);
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(src, { recursive: true, force: true });
  }
}

async function isUp() {
  try {
    return (await fetch(`${BASE_URL}/`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

async function startServer(outDir) {
  if (await isUp()) fail(`something already answers on ${BASE_URL}; set BENCH_PORT to a free port.`);
  const server = spawn(bin('vite'), ['preview', '--outDir', outDir, '--host', HOST, '--port', String(PORT), '--strictPort'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
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

function runScale() {
  return new Promise((done) => {
    const child = spawn(bin('vitest'), ['run', '--config', 'test/bench/vitest.bench.config.ts', '--reporter=dot'], {
      cwd: root,
      env: { ...env, E2E_BASE_URL: BASE_URL, BENCH_SIZES: args.sizes ?? 'S,M,L', BENCH_RUNS: args.runs ?? '5' },
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const outDir = mkdtempSync(join(tmpdir(), 'refund-bench-dist-'));
let server;
const cleanUp = () => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
  rmSync(outDir, { recursive: true, force: true });
};
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    cleanUp();
    process.exit(130);
  });
}
let code = 0;
try {
  build(outDir);
  const floor = await bareFloorGz();
  server = await startServer(outDir);
  await bundleFigures(outDir, floor);
  if (args['bundle-only'] !== 'true') code = await runScale();
} finally {
  cleanUp();
}
process.exit(code);
