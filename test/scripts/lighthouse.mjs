#!/usr/bin/env node
// `npm run lighthouse`: builds the app into a temporary folder, serves it with `vite preview` on
// its own port, and runs Lighthouse (mobile form factor, the default config) in Debian's Chromium on
// Home, Cases, one case, its log form and Settings, in English then French. One Chromium profile is
// kept for the whole run: a case is first created in it through the UI (Lighthouse then runs with
// `disableStorageReset` so the case stays), and the French pass picks "Français" in Settings.
// Prints the scores and every failing audit per page; nothing is asserted and it is not part of
// `npm test`. Each page is measured --runs=3 times and the run with the median performance score is
// shown (timings vary from run to run); the table also gives that run's CLS, LCP and TBT. Options:
// --keep keeps the temporary folders; --json=<dir> writes each shown report there; while working
// on one screen, --pages=home,case (labels, lower case: home, cases, case, log-form, settings) and
// --langs=en (or fr) measure only those.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const HOST = '127.0.0.1';
const PORT = 4320;
const BASE_URL = `http://${HOST}:${PORT}`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const keep = process.argv.includes('--keep');
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const reportDir = option('json');
const runs = Number(option('runs') ?? 3);
const onlyPages = option('pages')?.split(',');
const onlyLangs = option('langs')?.split(',');

// Throws rather than exits, so that main's cleanup still stops the server and Chromium.
function fail(message) {
  throw new Error(message);
}

function build(outDir) {
  console.log(`lighthouse: building the app into ${outDir}`);
  const run = spawnSync(bin('vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) fail('vite build failed');
}

async function serve(outDir) {
  const server = spawn(bin('vite'), ['preview', '--outDir', outDir, '--host', HOST, '--port', String(PORT), '--strictPort'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) fail(`vite preview exited (${server.exitCode}):\n${output}`);
    const ok = await fetch(BASE_URL).then((r) => r.ok, () => false);
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill('SIGTERM');
  return fail(`vite preview did not answer on ${BASE_URL} within 30 s:\n${output}`);
}

/** Drives the app's own UI in the same profile Lighthouse uses, through the DevTools port. */
async function withPage(port, action) {
  const browser = await chromium.connectOverCDP(`http://${HOST}:${port}`);
  const context = browser.contexts()[0];
  const page = await context.newPage();
  try {
    return await action(page);
  } finally {
    await page.close();
    await browser.close(); // only disconnects: the browser was started by chrome-launcher
  }
}

async function seedCase(port) {
  return withPage(port, async (page) => {
    await page.goto(`${BASE_URL}/cases/new`);
    await page.getByLabel('Company').fill('Northwind Airlines');
    await page.getByLabel('Why you want a refund').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Save case' }).click();
    await page.waitForURL((url) => /^\/cases\/[^/]+$/.test(url.pathname) && url.pathname !== '/cases/new');
    const path = new URL(page.url()).pathname;
    if (path === '/cases/new') fail('the case was not saved');
    return path;
  });
}

async function chooseFrench(port) {
  await withPage(port, async (page) => {
    await page.goto(`${BASE_URL}/settings`);
    // The radio is visually hidden and only turns checked once the setting is stored.
    await page.getByRole('radio', { name: 'Français' }).click({ force: true });
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
  });
}

const METRICS = ['cumulative-layout-shift', 'largest-contentful-paint', 'total-blocking-time'];
const slug = (label) => label.toLowerCase().replace(/\W+/g, '-');
const score = (category) => (category?.score == null ? '  -' : String(Math.round(category.score * 100)).padStart(3));

/** For the layout-shift audit: which elements moved (the CLS figure alone does not say where to look). */
function shiftedNodes(a) {
  if (a.id !== 'layout-shifts') return [];
  return (a.details?.items ?? []).map((item) => `${item.node?.selector ?? '?'} (${Number(item.score).toFixed(3)})`);
}

async function medianRun(port, path) {
  const reports = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(`${BASE_URL}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, disableStorageReset: true });
    if (!result) fail(`no result for ${path}`);
    reports.push(result.lhr);
  }
  reports.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  return reports[Math.floor(reports.length / 2)];
}

async function audit(port, lang, label, path) {
  const lhr = await medianRun(port, path);
  if (reportDir) {
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(join(reportDir, `${lang}-${slug(label)}.json`), JSON.stringify(lhr, null, 1));
  }
  if (lhr.runtimeError) console.log(`  ${label}: runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const ids = new Set(CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.map((r) => r.id) ?? []));
  const failing = [...ids]
    .map((id) => lhr.audits[id])
    .filter((a) => a && a.score !== null && a.score < 1 && !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode))
    .map((a) => ({ id: a.id, title: a.title, score: a.score, value: a.displayValue ?? '', moved: shiftedNodes(a) }));
  const metrics = METRICS.map((id) => lhr.audits[id]?.displayValue ?? '-');
  return { label, path, scores: CATEGORIES.map((c) => lhr.categories[c]), metrics, failing };
}

function print(lang, rows) {
  console.log(`\nLighthouse (mobile, default config), ${lang}, median of ${runs} run(s)`);
  console.log(`${'page'.padEnd(10)} ${'path'.padEnd(52)} perf a11y best  ${'CLS'.padEnd(6)} ${'LCP'.padEnd(6)} TBT`);
  for (const r of rows) console.log(`${r.label.padEnd(10)} ${r.path.padEnd(52)} ${r.scores.map(score).join('  ')}  ${r.metrics[0].padEnd(6)} ${r.metrics[1].padEnd(6)} ${r.metrics[2]}`);
  for (const r of rows) {
    console.log(`\n  ${r.label} (${r.path}): ${r.failing.length ? `${r.failing.length} failing audit(s)` : 'no failing audit'}`);
    for (const a of r.failing) {
      console.log(`    ${a.id} (${a.score}) ${a.title}${a.value ? ` - ${a.value}` : ''}`);
      for (const node of a.moved) console.log(`      moved: ${node}`);
    }
  }
}

async function main() {
  const outDir = mkdtempSync(join(tmpdir(), 'refund-lighthouse-build-'));
  const profile = mkdtempSync(join(tmpdir(), 'refund-lighthouse-profile-'));
  let server;
  let chrome;
  try {
    build(outDir);
    server = await serve(outDir);
    chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, userDataDir: profile, logLevel: 'error' });
    const casePath = await seedCase(chrome.port);
    const pages = [
      ['Home', '/'],
      ['Cases', '/cases'],
      ['Case', casePath],
      ['Log form', `${casePath}/log`],
      ['Settings', '/settings'],
    ];
    const unknown = onlyPages?.filter((p) => !pages.some(([label]) => slug(label) === p)) ?? [];
    if (unknown.length > 0) fail(`unknown --pages ${unknown.join(', ')}: use ${pages.map(([label]) => slug(label)).join(', ')}`);
    for (const [lang, code] of [['English', 'en'], ['French', 'fr']]) {
      if (onlyLangs && !onlyLangs.includes(code)) continue;
      if (code === 'fr') await chooseFrench(chrome.port);
      const rows = [];
      for (const [label, path] of pages) if (!onlyPages || onlyPages.includes(slug(label))) rows.push(await audit(chrome.port, lang.toLowerCase(), label, path));
      print(lang, rows);
    }
  } finally {
    if (chrome) await chrome.kill();
    if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    if (keep) console.log(`\nkept: ${outDir} ${profile}`);
    else for (const dir of [outDir, profile]) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`\nlighthouse: ${error?.stack ?? String(error)}`);
  process.exitCode = 1;
});
