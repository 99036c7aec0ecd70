import { describe, expect, it } from 'vitest';
import { isSafariTab, nudgeReasons, type NudgeInput } from '../../../src/features/backup/nudge-rules';

const NOW = Date.UTC(2026, 10, 22, 12);
const daysAgo = (d: number) => NOW - d * 86_400_000;
const base: NudgeInput = { now: NOW, lastBackupAt: daysAgo(2), reminderDays: 30, hasCases: true, persisted: true, safariTab: false };

describe('backup nudge rules', () => {
  it.each([
    ['no cases yet', { hasCases: false, lastBackupAt: undefined }, []],
    ['never backed up', { lastBackupAt: undefined }, ['never']],
    ['recent backup', {}, []],
    ['29 days old, reminder at 30', { lastBackupAt: daysAgo(29) }, []],
    ['30 days old, reminder at 30', { lastBackupAt: daysAgo(30) }, ['old']],
    ['reminder off (0 days)', { lastBackupAt: undefined, reminderDays: 0 }, []],
    ['not persistent, backup 6 days old', { persisted: false, lastBackupAt: daysAgo(6) }, []],
    ['not persistent, backup 7 days old: sooner than 30', { persisted: false, lastBackupAt: daysAgo(7) }, ['old', 'not-persistent']],
    ['not persistent, never backed up', { persisted: false, lastBackupAt: undefined }, ['never', 'not-persistent']],
    ['persistence unknown', { persisted: null, lastBackupAt: daysAgo(10) }, []],
    ['Safari tab, backup 8 days old', { safariTab: true, persisted: false, lastBackupAt: daysAgo(8) }, ['old', 'safari']],
    ['reminder at 3 days, not persistent', { reminderDays: 3, persisted: false, lastBackupAt: daysAgo(3) }, ['old', 'not-persistent']],
  ] as const)('%s', (_name, over, reasons) => {
    expect(nudgeReasons({ ...base, ...over })).toEqual(reasons);
  });

  it.each([
    ['Safari on a Mac', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', false, true],
    ['Safari on an iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', false, true],
    ['the installed app on an iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', true, false],
    ['Chrome on an iPhone (WebKit too)', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0 Mobile/15E148 Safari/604.1', false, true],
    ['Chrome on Android', 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36', false, false],
    ['Chrome on a desktop', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36', false, false],
    ['Firefox on a desktop', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', false, false],
  ])('%s counts as a Safari tab: %s', (_name, ua, standalone, expected) => {
    expect(isSafariTab(ua as string, standalone as boolean)).toBe(expected);
  });
});
