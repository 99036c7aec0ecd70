/**
 * When Home should nudge for a backup: the last one is older than the chosen number of days (or
 * there is none while cases exist), the browser has not made storage persistent, or this is Safari
 * outside an installed app (WebKit deletes a site's data after 7 days without a visit).
 */
export type NudgeReason = 'never' | 'old' | 'not-persistent' | 'safari';

export interface NudgeInput {
  now: number;
  lastBackupAt: number | undefined;
  /** settings.backupReminderDays; 0 turns the age reminder off. */
  reminderDays: number;
  hasCases: boolean;
  /** null while unknown or when the browser cannot say. */
  persisted: boolean | null;
  safariTab: boolean;
}

const DAY = 86_400_000;

export function backupAgeDays(lastBackupAt: number, now: number): number {
  return Math.max(0, Math.floor((now - lastBackupAt) / DAY));
}

export function nudgeReasons(i: NudgeInput): NudgeReason[] {
  if (!i.hasCases) return [];
  const out: NudgeReason[] = [];
  if (i.lastBackupAt === undefined) out.push('never');
  else if (i.reminderDays > 0 && backupAgeDays(i.lastBackupAt, i.now) >= i.reminderDays) out.push('old');
  if (i.safariTab) out.push('safari');
  else if (i.persisted === false) out.push('not-persistent');
  return out;
}

/**
 * Safari (macOS or iOS) in a browser tab, not the installed Home Screen app. Other iOS browsers
 * (CriOS, FxiOS, EdgiOS) also run WebKit under the same rule, so they count as Safari here.
 */
export function isSafariTab(userAgent: string, standalone: boolean): boolean {
  if (standalone) return false;
  const webkitOnly = /AppleWebKit/.test(userAgent) && !/Chrome|Chromium|Android|Edg\//.test(userAgent);
  return webkitOnly && /Safari|iPhone|iPad|CriOS|FxiOS|EdgiOS/.test(userAgent);
}
