import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCase, setCaseStatus } from '../../src/db/repositories/case-repo';
import { updateSettings } from '../../src/db/repositories/settings-repo';
import { endOfToday, openOrFocus, pickLanguage, readReminderState, reminderNotification, REMINDER_TAG, runReminderCheck, type ReminderDeps, type ReminderState } from '../../src/pwa/sw-reminders';
import { freshDatabase } from '../helpers/db';
import { caseInput } from '../helpers/fixtures';
import { DB_NAME } from '../../src/db/schema/names';

const PARIS = 'Europe/Paris';
const NOW = Date.UTC(2026, 10, 11, 10);

describe('the notification', () => {
  it('names one case and opens it, or counts several and opens Home', () => {
    const one = reminderNotification([{ id: 'a b', company: 'Netflix', nextDueAt: 1 }], 'en')!;
    expect(one).toMatchObject({ title: 'Refund Tracker', options: { body: 'Netflix: something to do today', tag: REMINDER_TAG, data: { url: '/cases/a%20b?action=log' } } });
    const many = reminderNotification(
      [
        { id: '1', company: 'Hulu', nextDueAt: 4 },
        { id: '2', company: 'Netflix', nextDueAt: 1 },
        { id: '3', company: 'LinkedIn', nextDueAt: 2 },
        { id: '4', company: 'Spotify', nextDueAt: 3 },
      ],
      'fr',
    )!;
    expect(many.options.body).toBe('4 dossiers demandent votre attention : Netflix, LinkedIn, Spotify, …');
    expect(many.options.data.url).toBe('/');
    expect(reminderNotification([], 'en')).toBeNull();
  });

  it('speaks the stored language, else the browser’s', () => {
    expect(pickLanguage('fr', ['en-GB'])).toBe('fr');
    expect(pickLanguage(null, ['de-DE', 'fr-CA'])).toBe('fr');
    expect(pickLanguage(null, ['de-DE'])).toBe('en');
  });

  it('counts "today" to the end of the local day', () => {
    expect(new Date(endOfToday(NOW, PARIS)).toISOString()).toBe('2026-11-11T22:59:59.999Z');
  });
});

describe('one check', () => {
  const due = [{ id: 'c1', company: 'Netflix', nextDueAt: NOW - 1 }];
  function deps(state: Partial<ReminderState>, over: Partial<ReminderDeps> = {}) {
    const shown: { title: string; options?: NotificationOptions }[] = [];
    const badge = { setAppBadge: vi.fn().mockResolvedValue(undefined), clearAppBadge: vi.fn().mockResolvedValue(undefined) };
    const d: ReminderDeps = {
      registration: {
        showNotification: vi.fn(async (title: string, options?: NotificationOptions) => {
          shown.push({ title, options });
        }),
        getNotifications: vi.fn(async () => shown.map((s) => ({ body: s.options?.body ?? '' }) as Notification)),
      },
      permission: () => 'granted',
      read: vi.fn(async () => ({ enabled: true, language: null, due, ...state })),
      languages: ['en-GB'],
      badge,
      now: NOW,
      timeZone: PARIS,
      ...over,
    };
    return { d, shown, badge };
  }

  it('shows a notification and sets the badge when allowed and something is due; not twice', async () => {
    const { d, shown, badge } = deps({});
    expect(await runReminderCheck(d)).toBe('shown');
    expect(shown).toMatchObject([{ title: 'Refund Tracker', options: { body: 'Netflix: something to do today' } }]);
    expect(badge.setAppBadge).toHaveBeenCalledWith(1);
    expect(d.read).toHaveBeenCalledWith(endOfToday(NOW, PARIS));
    expect(await runReminderCheck(d)).toBe('unchanged');
    expect(shown).toHaveLength(1);
  });

  it.each([
    ['switched off', { enabled: false }, 'granted', 'off'],
    ['permission not given', {}, 'default', 'off'],
    ['permission refused', {}, 'denied', 'off'],
    ['nothing due', { due: [] }, 'granted', 'nothing-due'],
  ] as [string, Partial<ReminderState>, NotificationPermission, string][])('%s: no notification', async (_, state, permission, result) => {
    const { d, shown } = deps(state, { permission: () => permission });
    expect(await runReminderCheck(d)).toBe(result);
    expect(shown).toEqual([]);
  });

  it('clears the badge when nothing is due, and survives a badge that throws', async () => {
    const { d, badge } = deps({ due: [] });
    await runReminderCheck(d);
    expect(badge.clearAppBadge).toHaveBeenCalled();
    const failing = deps({}, { badge: { setAppBadge: () => Promise.reject(new Error('not installed')) } });
    expect(await runReminderCheck(failing.d)).toBe('shown');
  });
});

describe('reading the database from the worker', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('reads open cases due by a time through the nextDueAt index, and the switch', async () => {
    const due = await createCase(caseInput({ company: 'Netflix' }), { now: NOW - 86_400_000, timeZone: PARIS });
    const closed = await createCase(caseInput({ company: 'Closed Co' }), { now: NOW - 86_400_000, timeZone: PARIS });
    await setCaseStatus(closed, 'closed', {}, { now: NOW, timeZone: PARIS });
    await updateSettings({ notificationsEnabled: true, language: 'fr' });
    const { db } = await import('../../src/db/database');
    // The worker opens the database under its real name: point it at this test's database.
    const factory = { open: (name: string) => indexedDB.open(name === DB_NAME ? db.name : name) } as unknown as IDBFactory;
    const state = await readReminderState(endOfToday(NOW, PARIS), factory);
    expect(state).toEqual({ enabled: true, language: 'fr', due: [{ id: due, company: 'Netflix', nextDueAt: expect.any(Number) }] });
  });

  it('never creates the database when the app has not made it yet', async () => {
    const empty = new IDBFactory();
    expect(await readReminderState(NOW, empty)).toEqual({ enabled: false, language: null, due: [] });
    expect(await empty.databases()).toEqual([]);
  });
});

describe('a click on the notification', () => {
  it('focuses an open window on the URL, or opens one', async () => {
    const client = { navigate: vi.fn().mockResolvedValue(undefined), focus: vi.fn().mockResolvedValue(undefined) };
    const clients = { matchAll: vi.fn().mockResolvedValue([client]), openWindow: vi.fn() } as unknown as Clients;
    await openOrFocus(clients, 'https://app.example/cases/1?action=log');
    expect(client.navigate).toHaveBeenCalledWith('https://app.example/cases/1?action=log');
    expect(client.focus).toHaveBeenCalled();
    const none = { matchAll: vi.fn().mockResolvedValue([]), openWindow: vi.fn().mockResolvedValue(null) } as unknown as Clients;
    await openOrFocus(none, 'https://app.example/');
    expect(none.openWindow).toHaveBeenCalledWith('https://app.example/');
  });
});
