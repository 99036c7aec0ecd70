/**
 * Reminders from the service worker, best effort and never relied on: when the person turned
 * notifications on and gave permission, a periodic background sync (where the browser offers it) or
 * a page's request shows one notification listing the cases due today or overdue, and sets the app
 * badge. Reads IndexedDB directly and read-only (never creates or upgrades the database).
 */
import { deviceZone } from '../lib/device-zone';
import { addDaysIso, isoDateOf, startOfDayInstant } from '../domain/dates';
import type { Language } from '../domain/types';
import { en as attentionEn } from '../i18n/catalogues/en/attention';
import { fr as attentionFr } from '../i18n/catalogues/fr/attention';
import { en as shellEn } from '../i18n/catalogues/en/shell';
import { fr as shellFr } from '../i18n/catalogues/fr/shell';
import { DB_NAME, NEXT_DUE_INDEX, SETTINGS_KEY, type TableName } from '../db/schema/names';
import { caseLink } from '../lib/routes';

// The worker carries only the few messages a reminder needs, in both languages.
const ATTENTION = { en: attentionEn, fr: attentionFr };
const SHELL = { en: shellEn, fr: shellFr };

export const REMINDER_TAG = 'refund-reminders';
export const CHECK_MESSAGE = 'CHECK_REMINDERS';

export interface DueCase {
  id: string;
  company: string;
  nextDueAt: number;
}

export interface ReminderState {
  enabled: boolean;
  language: Language | null;
  due: DueCase[];
}

export interface ReminderNotification {
  title: string;
  options: NotificationOptions & { data: { url: string } };
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (w, k: string) => String(values[k] ?? w));

export function pickLanguage(stored: Language | null, preferred: readonly string[]): Language {
  if (stored) return stored;
  for (const l of preferred) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

/** The notification for the cases due, or null when nothing is due. */
export function reminderNotification(due: DueCase[], lang: Language): ReminderNotification | null {
  if (due.length === 0) return null;
  const sorted = [...due].sort((a, b) => a.nextDueAt - b.nextDueAt);
  const names = sorted.slice(0, 3).map((c) => c.company);
  const body =
    sorted.length === 1
      ? fill(ATTENTION[lang]['reminder.one'], { company: sorted[0]!.company })
      : fill(ATTENTION[lang]['reminder.many'], { count: sorted.length, companies: names.join(', ') + (sorted.length > 3 ? ', …' : '') });
  const url = sorted.length === 1 ? caseLink(sorted[0]!.id, { action: 'log' }) : '/';
  return { title: SHELL[lang]['app.name'], options: { body, tag: REMINDER_TAG, icon: '/icons/icon-192.png', badge: '/icons/icon-192.png', data: { url } } };
}

/** The end of today in a zone: what counts as "due" for a reminder. */
export function endOfToday(now: number, timeZone: string): number {
  return startOfDayInstant(addDaysIso(isoDateOf(now, timeZone), 1), timeZone) - 1;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Open the app's database only if it already exists (an open without a version would create it). */
function openExisting(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const req = factory.open(DB_NAME);
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(null);
  });
}

/** Settings and the open cases due by `until`, read through the nextDueAt index. */
export async function readReminderState(until: number, factory: IDBFactory = indexedDB): Promise<ReminderState> {
  const idb = await openExisting(factory);
  if (!idb) return { enabled: false, language: null, due: [] };
  try {
    const tx = idb.transaction(['settings', 'cases'] satisfies TableName[], 'readonly');
    const settings = (await request(tx.objectStore('settings' satisfies TableName).get(SETTINGS_KEY))) as { notificationsEnabled?: boolean; language?: Language | null } | undefined;
    const rows = (await request(tx.objectStore('cases' satisfies TableName).index(NEXT_DUE_INDEX).getAll(IDBKeyRange.upperBound(until)))) as (DueCase & { deletedAt?: number })[];
    const due = rows.filter((c) => !c.deletedAt).map(({ id, company, nextDueAt }) => ({ id, company, nextDueAt }));
    return { enabled: !!settings?.notificationsEnabled, language: settings?.language ?? null, due };
  } finally {
    idb.close();
  }
}

export interface ReminderDeps {
  registration: Pick<ServiceWorkerRegistration, 'showNotification' | 'getNotifications'>;
  permission: () => NotificationPermission;
  read: (until: number) => Promise<ReminderState>;
  languages: readonly string[];
  badge?: { setAppBadge?: (n?: number) => Promise<void>; clearAppBadge?: () => Promise<void> };
  now: number;
  timeZone: string;
}

export type CheckResult = 'shown' | 'unchanged' | 'nothing-due' | 'off';

/** One check: update the badge, then show (or refresh) the notification if allowed and something is due. */
export async function runReminderCheck(d: ReminderDeps): Promise<CheckResult> {
  const state = await d.read(endOfToday(d.now, d.timeZone));
  try {
    if (state.due.length > 0) await d.badge?.setAppBadge?.(state.due.length);
    else await d.badge?.clearAppBadge?.();
  } catch {
    // The badge is optional.
  }
  if (!state.enabled || d.permission() !== 'granted') return 'off';
  const note = reminderNotification(state.due, pickLanguage(state.language, d.languages));
  if (!note) return 'nothing-due';
  const shown = await d.registration.getNotifications({ tag: REMINDER_TAG });
  if (shown.some((n) => n.body === note.options.body)) return 'unchanged';
  await d.registration.showNotification(note.title, note.options);
  return 'shown';
}

type PeriodicSyncEvent = ExtendableEvent & { tag: string };

/** Wire the reminder events into the service worker. */
export function installReminders(sw: ServiceWorkerGlobalScope): void {
  const check = () =>
    runReminderCheck({
      registration: sw.registration,
      permission: () => (typeof Notification === 'undefined' ? 'denied' : Notification.permission),
      read: (until) => readReminderState(until),
      languages: sw.navigator.languages,
      badge: sw.navigator as ReminderDeps['badge'],
      now: Date.now(),
      timeZone: deviceZone(),
    }).catch(() => 'off' as const);
  sw.addEventListener('periodicsync', ((event: PeriodicSyncEvent) => {
    if (event.tag === REMINDER_TAG) event.waitUntil(check());
  }) as EventListener);
  sw.addEventListener('message', (event) => {
    if ((event.data as { type?: string } | null)?.type === CHECK_MESSAGE) event.waitUntil(check());
  });
  sw.addEventListener('notificationclick', (event) => {
    event.notification.close();
    const url = new URL((event.notification.data as { url?: string } | null)?.url ?? '/', sw.location.origin).href;
    event.waitUntil(openOrFocus(sw.clients, url));
  });
}

/** Focus an open window of the app on the URL, or open one. */
export async function openOrFocus(clients: Clients, url: string): Promise<void> {
  const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true });
  const existing = windows[0] as WindowClient | undefined;
  if (existing) {
    await existing.navigate(url).catch(() => undefined);
    await existing.focus();
    return;
  }
  await clients.openWindow(url);
}
