/**
 * End to end at 390x844: a case with 300 contacts keeps its page under 1,500 DOM nodes
 * however far the timeline is paged, every contact is reached (down to the first one), the entry to
 * read next takes focus where the tapped button was, a `#interaction-<id>` link opens the timeline
 * at that contact, and a contact deep in the list can still be deleted (with undo) and edited.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { caseRecord, charge, DAY, emptyRecords, envelope, interaction, statusChange, uuidOf } from './export-file';
import { BASE_URL, openApp, phoneSuite, screenshot } from './harness';

const en = messages.en;
const suite = phoneSuite();
const CONTACTS = 300;
const DOM_BUDGET = 1_500;
const CASE_ID = uuidOf(1, 0);
/** Contact n (0 = the first one logged); the newest is n = CONTACTS - 1. */
const contactId = (n: number) => uuidOf(4, n);

function bigCaseFile(now: number): Buffer {
  const records = emptyRecords();
  const opened = now - 400 * DAY;
  records.cases.push(caseRecord(CASE_ID, opened, { company: 'Ryanair', companyKey: 'ryanair', product: 'Flight FR 8841' }));
  records.statusChanges.push(statusChange(uuidOf(2, 0), CASE_ID, opened, { to: 'in-progress' }));
  records.statusChanges.push(statusChange(uuidOf(2, 1), CASE_ID, opened + 100 * DAY, { from: 'in-progress', to: 'escalated' }));
  records.charges.push(charge(uuidOf(3, 0), CASE_ID, opened - DAY, { amount: { minor: 21_998, currency: 'EUR' } }));
  for (let n = 0; n < CONTACTS; n += 1) {
    const at = opened + (n + 1) * Math.floor((399 * DAY) / (CONTACTS + 1));
    records.interactions.push(
      interaction(contactId(n), CASE_ID, at, {
        channel: n % 3 === 0 ? 'phone' : 'chat',
        agentName: `Agent ${n % 7}`,
        agentId: `A-${n}`,
        // Two references each, the heavier case for the node count.
        references: [`RY-${n}`, `TK-${n * 7}`],
        summary: `Contact number ${n + 1}: asked again for the refund of the cancelled flight.`,
        outcome: n % 4 === 0 ? 'reply-promised' : 'no-resolution',
        ...(n % 4 === 0 ? { promisedBy: new Date(at + 7 * DAY).toISOString().slice(0, 10) } : {}),
      }),
    );
  }
  return Buffer.from(JSON.stringify(envelope(records, now)));
}

async function importBigCase(page: Page): Promise<void> {
  await openApp(page, '/settings');
  await page.getByLabel(en['backup.restore.pick']).setInputFiles({ name: 'big-case.json', mimeType: 'application/json', buffer: bigCaseFile(Date.now()) });
  await page.getByRole('button', { name: en['backup.restore.confirm'], exact: true }).click();
  await page.getByText(/^Imported from /).waitFor({ timeout: 60_000 });
}

interface Shown {
  nodes: number;
  /** data-key of every mounted entry, in order. */
  keys: string[];
  contacts: string[];
  focused: string | null;
  focusedTop: number | null;
  statusTexts: string[];
}

/** What the page mounts right now. */
function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const focusedLi = active?.matches('li.tl-item') ? active : null;
    return {
      nodes: document.querySelectorAll('*').length,
      keys: [...document.querySelectorAll<HTMLElement>('li.tl-item')].map((li) => li.dataset.key ?? ''),
      contacts: [...document.querySelectorAll<HTMLElement>('li.tl-interaction')].map((li) => li.id.replace('interaction-', '')),
      focused: focusedLi?.dataset.key ?? null,
      focusedTop: focusedLi ? focusedLi.getBoundingClientRect().top : null,
      statusTexts: [...document.querySelectorAll<HTMLElement>('li.tl-status')].map((li) => li.textContent ?? ''),
    };
  });
}

/** Wait until the mounted contacts differ from `before` (a move has landed). */
async function afterMove(page: Page, before: string[]): Promise<Shown> {
  await expect.poll(async () => (await shown(page)).contacts.join() !== before.join() && (await shown(page)).focused !== null).toBe(true);
  return shown(page);
}

describe('a long case timeline', () => {
  it('pages a 300-contact case to its first contact and back within 1,500 DOM nodes', async () => {
    const phone = await suite.open();
    const { page } = phone;
    await importBigCase(page);
    await openApp(page, `/cases/${CASE_ID}`);
    const timeline = page.getByRole('region', { name: en['case.timeline'] });
    await timeline.locator('li.tl-interaction').first().waitFor();
    let now = await shown(page);
    expect(now.contacts[0]).toBe(contactId(CONTACTS - 1));
    expect(now.nodes).toBeLessThanOrEqual(DOM_BUDGET);
    await expect.poll(() => timeline.getByRole('status').innerText()).toBe('Entries 1 to 30 of 303');
    // Each entry tells assistive technology its place in the whole timeline.
    expect(await timeline.locator('li.tl-item').first().getAttribute('aria-setsize')).toBe('303');

    const seen = new Set(now.contacts);
    const older = timeline.getByRole('button', { name: en['timeline.more'] });
    const nodeCounts = [now.nodes];
    let steps = 0;
    while (await older.isVisible()) {
      await older.scrollIntoViewIfNeeded();
      const buttonTop = (await older.boundingBox())!.y;
      const lastKey = now.keys.at(-1)!;
      const before = now.contacts;
      await older.click();
      now = await afterMove(page, before);
      steps += 1;
      nodeCounts.push(now.nodes);
      expect(now.nodes, `DOM nodes after ${steps} taps`).toBeLessThanOrEqual(DOM_BUDGET);
      expect(now.contacts.length).toBeLessThanOrEqual(40);
      // The entry to read next has focus and sits where the tapped button was: the page did not jump.
      expect(now.focused).toBe(now.keys[now.keys.indexOf(lastKey) + 1]);
      expect(Math.abs(now.focusedTop! - buttonTop)).toBeLessThan(2);
      now.contacts.forEach((id) => seen.add(id));
      if (steps === 6) {
        await screenshot(page, 'timeline-mid-scroll');
        // Mid-way, with entries above and below the window: places, status line and buttons pass axe.
        const { violations, passes } = await new AxeBuilder({ page }).include('.timeline').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(passes.map((p) => p.id)).toEqual(expect.arrayContaining(['aria-allowed-attr', 'listitem', 'button-name']));
      }
    }
    // Every contact was shown on the way down, and the last window ends with the first one.
    expect(seen.size).toBe(CONTACTS);
    expect(now.contacts.at(-1)).toBe(contactId(0));
    expect(now.statusTexts.some((t) => t.includes(en['timeline.statusFirst']))).toBe(true);
    expect(Math.max(...nodeCounts)).toBeLessThanOrEqual(DOM_BUDGET);
    await screenshot(page, 'timeline-first-contact');

    // Up again by keyboard: Enter on "Show newer" brings the 20 newer contacts, focused at the top.
    const newer = timeline.getByRole('button', { name: en['timeline.newer'] });
    await newer.focus();
    const firstBefore = now.contacts[0]!;
    await page.keyboard.press('Enter');
    now = await afterMove(page, now.contacts);
    expect(now.focused).toBe(`interaction-${now.contacts[0]}`);
    expect(now.contacts.indexOf(firstBefore)).toBe(20);
    await screenshot(page, 'timeline-keyboard-newer');
    expect(now.nodes).toBeLessThanOrEqual(DOM_BUDGET);

    await timeline.getByRole('button', { name: en['timeline.newest'] }).click();
    now = await afterMove(page, now.contacts);
    expect(now.contacts[0]).toBe(contactId(CONTACTS - 1));
    await expect.poll(() => timeline.getByRole('status').innerText()).toBe('Entries 1 to 30 of 303');
    expect(await timeline.getByRole('button', { name: en['timeline.newer'] }).count()).toBe(0);

    await timeline.getByRole('button', { name: en['timeline.oldest'] }).click();
    now = await afterMove(page, now.contacts);
    expect(now.contacts.at(-1)).toBe(contactId(0));
    expect(now.contacts).toHaveLength(30);
    await expect.poll(() => timeline.getByRole('status').innerText()).toMatch(/^Entries 27\d to 303 of 303$/);
  });

  it('opens the timeline at a contact named in the address, where it can be deleted, restored and edited', async () => {
    const phone = await suite.open();
    const { page } = phone;
    await importBigCase(page);
    const target = contactId(150);
    await page.goto(`${BASE_URL}/cases/${CASE_ID}#interaction-${target}`);
    const timeline = page.getByRole('region', { name: en['case.timeline'] });
    const item = timeline.locator(`#interaction-${target}`);
    await item.waitFor();
    await expect.poll(async () => (await shown(page)).focused).toBe(`interaction-${target}`);
    const now = await shown(page);
    expect(now.nodes).toBeLessThanOrEqual(DOM_BUDGET);
    expect(await item.isVisible()).toBe(true);
    const box = (await item.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(844);
    expect(await item.innerText()).toContain('Contact number 151');
    await screenshot(page, 'timeline-at-contact');

    // Delete it: focus goes to the entry now in its place, and Undo brings it back.
    await item.getByRole('button', { name: en['timeline.deleteContact'] }).click();
    await item.waitFor({ state: 'detached' });
    await expect.poll(async () => (await shown(page)).focused).toBe(`interaction-${contactId(149)}`);
    await page.locator('.toast').getByRole('button', { name: en['common.undo'] }).click();
    await item.waitFor();

    await item.getByRole('link', { name: en['timeline.editContact'] }).click();
    await page.waitForURL(`${BASE_URL}/cases/${CASE_ID}/interactions/${target}/edit`);
    expect(await page.getByLabel(en['log.summary']).inputValue()).toContain('Contact number 151');

    // Saving the edit comes back to that contact, deep in the timeline, not to the newest entries.
    await page.getByLabel(en['log.summary']).fill('Contact number 151, corrected after the call');
    await page.getByRole('button', { name: en['log.save'] }).click();
    await page.waitForURL(`${BASE_URL}/cases/${CASE_ID}#interaction-${target}`);
    await item.waitFor();
    expect(await item.innerText()).toContain('corrected after the call');
    await expect.poll(async () => (await shown(page)).focused).toBe(`interaction-${target}`);
    expect((await shown(page)).nodes).toBeLessThanOrEqual(DOM_BUDGET);
  });
});
