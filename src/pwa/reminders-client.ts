/**
 * The page's side of reminders: notification permission, periodic background sync registration where
 * the browser offers it, and asking the service worker to check now. All best effort.
 */
import { CHECK_MESSAGE, REMINDER_TAG } from './sw-reminders';

/** How often a background check may run at most (the browser decides the real rhythm). */
const MIN_INTERVAL_MS = 12 * 60 * 60 * 1000;

export type NotificationSupport = NotificationPermission | 'unsupported';

export function notificationSupport(): NotificationSupport {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export async function askNotificationPermission(): Promise<NotificationSupport> {
  if (typeof Notification === 'undefined') return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  return Notification.requestPermission();
}

interface PeriodicSyncManager {
  register: (tag: string, options?: { minInterval: number }) => Promise<void>;
  unregister: (tag: string) => Promise<void>;
}

async function periodicSync(): Promise<PeriodicSyncManager | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const reg = (await navigator.serviceWorker.getRegistration()) as (ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager }) | undefined;
  return reg?.periodicSync;
}

/** Turn background checks on or off; true when the browser accepted them. */
export async function setBackgroundChecks(on: boolean): Promise<boolean> {
  try {
    const sync = await periodicSync();
    if (!sync) return false;
    if (!on) {
      await sync.unregister(REMINDER_TAG);
      return false;
    }
    const status = await navigator.permissions?.query({ name: 'periodic-background-sync' as PermissionName });
    if (status && status.state !== 'granted') return false;
    await sync.register(REMINDER_TAG, { minInterval: MIN_INTERVAL_MS });
    return true;
  } catch {
    return false;
  }
}

/** Ask the service worker to check for due cases now (shows a notification if allowed). */
export async function checkRemindersNow(): Promise<void> {
  try {
    const reg = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
    reg?.active?.postMessage({ type: CHECK_MESSAGE });
  } catch {
    // No worker: nothing to do.
  }
}
