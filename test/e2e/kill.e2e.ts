/**
 * A browser whose process dies (SIGKILL, as when a phone kills it or the battery dies) loses nothing
 * typed up to a second before: Chromium runs on a persistent profile, is killed mid-typing, right after
 * Save and during an attachment, and relaunched on the same profile. Closing a page is not a kill: here
 * no pagehide or visibilitychange handler ever runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { CHROMIUM_ARGS, PHONE, openApp } from './harness';

const en = messages.en;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Running {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

/** Chromium on a profile directory of its own, driven over the DevTools protocol so its pid is ours to kill. */
async function launch(profile: string): Promise<Running> {
  const child = spawn('/usr/bin/chromium', [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    // A process group of its own: the kill takes the browser and every process it started, as a phone does.
    detached: true,
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => {
      seen += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize(PHONE);
  return { process: child, browser, page };
}

async function kill(run: Running): Promise<void> {
  const exited = new Promise((r) => run.process.once('exit', r));
  process.kill(-run.process.pid!, 'SIGKILL');
  await exited;
}

/** The stored records of one table, read straight from IndexedDB. */
function storedRecords<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('refund-tracker');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            req.result.close();
          };
        };
      }),
    table,
  );
}

/** Type one key at a time, noting when each key was in; stops when the browser goes away. */
function typeSteadily(page: Page, text: string, gapMs: number) {
  const typedAt: number[] = [];
  const done = (async () => {
    for (const ch of text) {
      try {
        await page.keyboard.type(ch);
      } catch {
        return;
      }
      typedAt.push(Date.now());
      await sleep(gapMs);
    }
  })();
  return { typedAt, done };
}

const profiles: string[] = [];
const running: Running[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) if (r.process.exitCode === null && r.process.signalCode === null) await kill(r);
  // A killed browser's helper processes may still be flushing the profile for a moment.
  for (const p of profiles.splice(0)) rmSync(p, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
});

async function fresh(): Promise<{ profile: string; run: Running }> {
  const profile = mkdtempSync(join(tmpdir(), 'refund-kill-'));
  profiles.push(profile);
  const run = await launch(profile);
  running.push(run);
  return { profile, run };
}

async function relaunch(profile: string): Promise<Page> {
  const run = await launch(profile);
  running.push(run);
  return run.page;
}

const TEXT = 'Agent Priya said the refund of 13.99 was approved on her side, ticket 88-2041, call back Monday if nothing arrives. '.repeat(3);

describe('a killed browser', () => {
  it('keeps every character typed up to a second before the kill during steady typing', async () => {
    const { profile, run } = await fresh();
    await openApp(run.page, '/log');
    await run.page.getByLabel(en['log.case']).selectOption('__new__');
    await run.page.getByLabel(en['caseForm.company']).fill('Disney Plus');
    await run.page.getByLabel(en['log.summary']).click();
    const typing = typeSteadily(run.page, TEXT, 35);
    await sleep(4000);
    const killedAt = Date.now();
    await kill(run);
    await typing.done;
    const mustHave = TEXT.slice(0, typing.typedAt.filter((t) => t <= killedAt - 1000).length);
    expect(mustHave.length).toBeGreaterThan(20);

    const page = await relaunch(profile);
    await openApp(page, '/log');
    await page.getByRole('button', { name: en['drafts.restore'] }).click();
    await page.getByText(/Draft restored/).waitFor();
    const restored = await page.getByLabel(en['log.summary']).inputValue();
    expect(restored.startsWith(mustHave)).toBe(true);
    expect(TEXT.startsWith(restored)).toBe(true);
    expect(await page.getByLabel(en['caseForm.company']).inputValue()).toBe('Disney Plus');
  });

  it('right after Save, keeps the contact saved or its draft, never both and never neither', async () => {
    const { profile, run } = await fresh();
    await openApp(run.page, '/log');
    await run.page.getByLabel(en['log.case']).selectOption('__new__');
    await run.page.getByLabel(en['caseForm.company']).fill('Spotify');
    await run.page.getByLabel(en['log.summary']).fill('Saved just before the battery died');
    await run.page.getByLabel(en['log.outcome']).selectOption('no-resolution');
    await sleep(1200);
    await run.page.getByRole('button', { name: en['log.save'], exact: true }).click();
    await kill(run);

    const page = await relaunch(profile);
    await openApp(page, '/log');
    const saved = (await storedRecords<{ summary: string }>(page, 'interactions')).filter((i) => i.summary === 'Saved just before the battery died');
    const drafts = (await storedRecords<{ value: { values?: { summary?: string } } }>(page, 'drafts')).filter(
      (d) => d.value.values?.summary === 'Saved just before the battery died',
    );
    expect(saved.length + drafts.length).toBe(1);
    // The form never offers a draft of a contact that was saved.
    if (saved.length === 1) expect(await page.getByRole('button', { name: en['drafts.restore'] }).count()).toBe(0);
    else await page.getByRole('button', { name: en['drafts.restore'] }).waitFor();
  });

  it('keeps the note typed for an attachment when the browser dies while the file is stored', async () => {
    const { profile, run } = await fresh();
    await openApp(run.page, '/cases/new');
    await run.page.getByLabel(en['caseForm.company'], { exact: true }).fill('Netflix');
    await run.page.getByLabel(en['caseForm.reason']).selectOption({ label: en['reason.cancellation-issue'] });
    await run.page.getByRole('button', { name: en['caseForm.save'] }).click();
    await run.page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const casePath = new URL(run.page.url()).pathname;
    await run.page.getByRole('button', { name: en['evidence.attach'] }).click();
    const note = 'Bank statement page with both charges of 13.99';
    await run.page.getByRole('textbox', { name: new RegExp(`^${en['evidence.note']}`) }).fill(note);
    // A large photo-sized file keeps the write busy while the browser dies.
    const bytes = Buffer.alloc(6 * 1024 * 1024, 7);
    bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
    await run.page.getByLabel(en['evidence.chooseFiles']).setInputFiles({ name: 'statement.jpg', mimeType: 'image/jpeg', buffer: bytes });
    await sleep(1200);
    await run.page.getByRole('button', { name: /^Attach 1 file/ }).click();
    await sleep(50);
    await kill(run);

    const page = await relaunch(profile);
    await openApp(page, casePath);
    const stored = (await storedRecords<{ note?: string }>(page, 'evidence')).filter((e) => e.note === note);
    if (stored.length === 0) {
      await page.getByRole('button', { name: en['evidence.attach'] }).click();
      await page.getByRole('button', { name: en['drafts.restore'] }).click();
      const box = page.getByRole('textbox', { name: new RegExp(`^${en['evidence.note']}`) });
      await expect.poll(() => box.inputValue()).toBe(note);
    } else expect(stored).toHaveLength(1);
  });
});

