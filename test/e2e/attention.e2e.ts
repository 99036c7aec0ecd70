/**
 * End to end at 390x844 with the page clock set: a reply promised for Wednesday and not
 * received shows as overdue on Thursday (the minute tick moves it, no reload), the Home item opens the
 * case at the action, snoozing moves it to "This week", and the case's .ics downloads and parses.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import {
  openApp,
  phoneSuite,
  screenshot,
} from './harness';

const en = messages.en;
const suite = phoneSuite();

/** Monday 9 November 2026, 09:00 in Paris (the context's zone). */
const MONDAY = new Date('2026-11-09T09:00:00+01:00');
/** Thursday 12 November 2026, 10:00 in Paris: the promised Wednesday has ended. */
const THURSDAY = new Date('2026-11-12T10:00:00+01:00');

async function createCase(page: Page): Promise<string> {
  await page.getByRole('link', { name: en['nav.newCase'] }).click();
  await page.getByLabel(en['caseForm.company'], { exact: true }).fill('Netflix');
  await page.getByLabel(en['caseForm.product']).fill('Standard plan');
  await page.getByLabel(en['caseForm.reason']).selectOption('other');
  await page.getByLabel(en['caseForm.paymentMethod']).selectOption('paypal');
  await page.getByRole('button', { name: en['caseForm.addCharge'] }).click();
  const charge = page.getByRole('group', { name: 'Charge 1' });
  await charge.getByLabel(en['caseForm.amount']).fill('13.99');
  await charge.getByLabel(en['caseForm.currency']).fill('EUR');
  await charge.getByLabel(en['caseForm.chargedOn']).fill('2026-11-02');
  await page.getByRole('button', { name: en['caseForm.save'] }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

async function logPromise(page: Page): Promise<void> {
  await page.getByRole('link', { name: en['case.logContact'] }).click();
  await page.getByRole('textbox', { name: 'Reference 1' }).fill('NF-4471');
  await page.getByLabel(en['log.summary']).fill('Asked for the double charge back; billing team will reply.');
  await page.getByLabel(en['log.outcome']).selectOption('reply-promised');
  await page.getByLabel(en['log.promisedBy']).fill('2026-11-11');
  await page.getByRole('button', { name: en['log.save'], exact: true }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
}

const group = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\(`) });

describe('what to do next', () => {
  it('shows a missed promise as overdue, opens the case at the action, snoozes it, and exports the calendar', async () => {
    const phone = await suite.open({ timezoneId: 'Europe/Paris' });
    const { page } = phone;
    await page.clock.install({ time: MONDAY });
    await openApp(page, '/');
    const id = await createCase(page);
    await logPromise(page);

    // Monday: the promise is due Wednesday, so the case waits under "This week".
    await page.getByRole('link', { name: en['nav.home'] }).click();
    const soon = group(page, en['attention.group.soon']);
    await soon.getByText(en['action.followUpPromise']).waitFor();
    expect(await soon.innerText()).toContain('Netflix');
    expect(await group(page, en['attention.group.overdue']).count()).toBe(0);
    await screenshot(page, 'attention-home-monday');

    // Thursday: the minute tick regroups the list without a reload.
    await page.clock.setSystemTime(THURSDAY);
    await page.clock.runFor(61_000);
    const overdue = group(page, en['attention.group.overdue']);
    await overdue.getByText(en['action.followUpPromise']).waitFor();
    const item = overdue.getByRole('listitem').filter({ hasText: 'Netflix' });
    expect(await item.innerText()).toContain('They promised a reply by 11 Nov 2026 (reference NF-4471) and nothing came in.');
    await screenshot(page, 'attention-home-overdue');

    // The item opens the case at the action to take.
    await item.getByRole('link').click();
    await page.waitForURL(new RegExp(`/cases/${id}\\?action=log$`));
    const panel = page.getByRole('region', { name: en['nextSteps.title'] });
    await panel.getByText(en['action.followUpPromise']).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^action-promise-missed-/);
    expect(await panel.innerText()).toContain('Quote: NF-4471');
    await screenshot(page, 'attention-case-next-steps');

    // The calendar file downloads and parses; the promise's event is on the day it fell due.
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: en['nextSteps.calendar'] }).click()]);
    expect(download.suggestedFilename()).toBe('refund-netflix-2026-11-12.ics');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/\r\n$/);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const promise = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith(`${id}.promise-missed.`))!;
    expect(promise.getFirstPropertyValue('summary')).toBe('Netflix: Follow up on their promise');
    // Overdue steps are put on today so the calendar still shows them.
    expect((promise.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-11-12');
    expect(promise.getFirstPropertyValue('url')).toBe(`${new URL(page.url()).origin}/cases/${id}?action=log`);

    // Back on Home, snooze it for 3 days: it leaves "Overdue" for "This week" and says until when.
    await page.getByRole('link', { name: en['nav.home'] }).click();
    const overdueItem = group(page, en['attention.group.overdue']).getByRole('listitem').filter({ hasText: 'Netflix' });
    await overdueItem.getByRole('button', { name: `Snooze “Netflix: ${en['action.followUpPromise']}”` }).click();
    await overdueItem.getByRole('button', { name: en['snooze.threeDays'] }).click();
    await page.locator('.toast').getByText('Snoozed until 15 Nov 2026').waitFor();
    const moved = group(page, en['attention.group.soon']).getByRole('listitem').filter({ hasText: 'Netflix' });
    await moved.waitFor();
    await expect.poll(() => group(page, en['attention.group.overdue']).count()).toBe(0);
    expect(await moved.innerText()).toContain('Snoozed until 15 Nov 2026');
    await screenshot(page, 'attention-home-snoozed');

    // The snooze is stored: it survives a reload.
    await page.reload();
    await group(page, en['attention.group.soon']).getByText('Snoozed until 15 Nov 2026').waitFor();
  });

  it('saves the rule defaults in Settings and the deadlines panel shows sources and "not legal advice"', async () => {
    const phone = await suite.open({ timezoneId: 'Europe/Paris' });
    const { page } = phone;
    await page.clock.install({ time: MONDAY });
    await openApp(page, '/settings');
    const section = page.getByRole('region', { name: en['ruleSettings.title'] });
    await section.getByLabel(en['ruleSettings.cardWindow']).fill('90');
    await section.getByRole('button', { name: en['common.save'] }).click();
    await section.getByText(en['common.saved']).waitFor();
    await screenshot(page, 'attention-settings');

    await page.getByRole('link', { name: en['nav.newCase'] }).click();
    await page.getByLabel(en['caseForm.company'], { exact: true }).fill('LinkedIn');
    await page.getByLabel(en['caseForm.product']).fill('Premium Career');
    await page.getByLabel(en['caseForm.reason']).selectOption('withdrawal-right');
    await page.getByLabel(en['caseForm.paymentMethod']).selectOption('card');
    await page.getByLabel(en['caseForm.startedOn']).fill('2026-11-07');
    await page.getByRole('button', { name: en['caseForm.addCharge'] }).click();
    const charge = page.getByRole('group', { name: 'Charge 1' });
    await charge.getByLabel(en['caseForm.amount']).fill('39.99');
    await charge.getByLabel(en['caseForm.currency']).fill('EUR');
    await charge.getByLabel(en['caseForm.chargedOn']).fill('2026-11-07');
    await page.getByRole('button', { name: en['caseForm.save'] }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);

    const deadlines = page.getByRole('region', { name: en['deadlines.title'] });
    const withdrawal = deadlines.getByRole('listitem').filter({ hasText: en['deadline.euWithdrawal'] });
    // Started Saturday 7 November: day 14 is Saturday 21, so the period ends Monday 23.
    expect(await withdrawal.innerText()).toContain('Last safe day: 23 Nov 2026');
    expect(await withdrawal.innerText()).toContain('14 days left');
    // The source says the day it was checked.
    expect(await withdrawal.innerText()).toMatch(/\(checked \d{1,2} [A-Z][a-z]{2,3} 20\d\d\)/);
    expect(await withdrawal.innerText()).toContain(en['deadline.notAdvice']);
    const card = deadlines.getByRole('listitem').filter({ hasText: 'Card dispute' });
    expect(await card.innerText()).toContain('Usual last safe day: 5 Feb 2027'); // 90 days from 7 Nov
    await page.getByRole('region', { name: /^Playbook: LinkedIn/ }).getByText(en['step.linkedinReview.title']).waitFor();
    await screenshot(page, 'attention-case-deadlines');
    await deadlines.scrollIntoViewIfNeeded();
    await screenshot(page, 'attention-case-deadlines-panel');
  });
});
