/**
 * Accessibility: axe (WCAG 2.x A and AA rules plus best practices) on Home, Cases, a case
 * (also with a snooze menu open and a call running), the log form (also unfolded, with inline
 * errors), the new case form and Settings (also showing a restore preview), in English, in French
 * and in English with the dark theme (for contrast), with a case created through the forms. Every
 * violation is printed with its nodes; any fails the test.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { caseRecord, DAY, emptyRecords, envelope, uuidOf } from './export-file';
import { openApp, phoneSuite, screenshot } from './harness';

type Lang = keyof typeof messages;
const suite = phoneSuite();

/** Runs axe on the page as it is and returns one readable line per violation and node. */
async function audit(page: Page, screen: string): Promise<string[]> {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  // A run that checked nothing would pass too; make sure axe really looked at contrast and structure.
  expect(passes.map((p) => p.id)).toEqual(expect.arrayContaining(['color-contrast', 'html-has-lang', 'landmark-one-main']));
  return violations.flatMap((v) =>
    v.nodes.map((n) => `[${screen}] ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    at ${n.target.join(' ')}\n    ${n.failureSummary?.replaceAll('\n', '\n    ') ?? ''}`),
  );
}

async function seedCase(page: Page, lang: Lang): Promise<string> {
  const m = messages[lang];
  await page.getByRole('link', { name: m['nav.newCase'] }).click();
  await page.getByLabel(m['caseForm.company'], { exact: true }).fill('Netflix');
  await page.getByLabel(m['caseForm.product']).fill('Standard');
  await page.getByLabel(m['caseForm.reason']).selectOption('cancellation-issue');
  await page.getByRole('button', { name: m['caseForm.addCharge'] }).click();
  const charge = page.getByRole('group', { name: m['caseForm.chargeN'].replace('{n}', '1') });
  await charge.getByLabel(m['caseForm.amount']).fill('13.99');
  await charge.getByLabel(m['caseForm.currency']).fill('EUR');
  await charge.getByLabel(m['caseForm.chargedOn']).fill('2026-11-02');
  await page.getByRole('button', { name: m['caseForm.save'] }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = page.url();
  await page.getByRole('link', { name: m['case.logContact'] }).click();
  await page.getByLabel(m['log.agentName']).fill('Sam');
  await page.getByRole('textbox', { name: m['log.referenceN'].replace('{n}', '1') }).fill('NF-20261102');
  await page.getByLabel(m['log.summary']).fill('Asked for the refund; the agent promised a reply.');
  await page.getByLabel(m['log.outcome']).selectOption('reply-promised');
  await page.getByLabel(m['log.promisedBy']).fill('2026-11-25');
  await page.getByRole('button', { name: m['log.save'], exact: true }).click();
  await page.waitForURL(caseUrl);
  return new URL(caseUrl).pathname;
}

describe('accessibility', () => {
  const runs = [
    { lang: 'en', colorScheme: 'light' },
    { lang: 'fr', colorScheme: 'light' },
    { lang: 'en', colorScheme: 'dark' },
  ] as const;
  for (const { lang, colorScheme } of runs) {
    it(`has no axe violation on the main screens in ${lang === 'en' ? 'English' : 'French'}, ${colorScheme} theme`, async () => {
      const phone = await suite.open({ locale: lang === 'en' ? 'en-GB' : 'fr-FR', colorScheme });
      const { page } = phone;
      await openApp(page, '/');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const casePath = await seedCase(page, lang);
      const screens: [string, string][] = [
        ['home', '/'],
        ['cases', '/cases'],
        ['case', casePath],
        ['log-form', `${casePath}/log`],
        ['new-case-form', '/cases/new'],
        ['settings', '/settings'],
      ];
      const found: string[] = [];
      for (const [name, path] of screens) {
        await openApp(page, path);
        // Live queries fill the screen after the first paint; let them settle before auditing.
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        found.push(...(await audit(page, `${lang} ${colorScheme} ${name}`)));
        await screenshot(page, `a11y-${lang}-${colorScheme}-${name}`);
      }
      // States a static screen does not show: folded fields open with inline errors, and a restore preview.
      const m = messages[lang];
      await openApp(page, `${casePath}/log`);
      await page.locator('details.log-more > summary').click();
      await page.getByLabel(m['log.summary']).fill('x'.repeat(20_001));
      await page.getByRole('button', { name: m['log.save'], exact: true }).click();
      await page.getByText(m['fieldError.tooLong']).waitFor();
      found.push(...(await audit(page, `${lang} ${colorScheme} log-form-errors`)));
      await openApp(page, casePath);
      await page.getByRole('button', { name: m['timer.start'] }).click();
      await page.locator('main button[aria-controls]').filter({ hasText: m['snooze.button'] }).first().click();
      await page.locator('.snooze-menu').waitFor();
      await page.waitForTimeout(300);
      found.push(...(await audit(page, `${lang} ${colorScheme} case-snooze-menu-and-call-bar`)));
      await screenshot(page, `a11y-${lang}-${colorScheme}-case-open-states`);
      await openApp(page, '/settings');
      const records = emptyRecords();
      records.cases.push(caseRecord(uuidOf(9, 1), Date.now() - DAY));
      await page.getByLabel(m['backup.restore.pick']).setInputFiles({ name: 'one-case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope(records, Date.now()))) });
      await page.getByRole('button', { name: m['backup.restore.confirm'], exact: true }).waitFor();
      found.push(...(await audit(page, `${lang} ${colorScheme} settings-restore-preview`)));
      await screenshot(page, `a11y-${lang}-${colorScheme}-restore-preview`);
      if (found.length > 0) console.log(`axe violations (${lang}, ${colorScheme}):\n${found.join('\n')}`);
      expect(found).toEqual([]);
    });
  }
});
