/**
 * When Home nudges for a backup: there are cases and the last full backup is missing or older than
 * the chosen number of days. When the browser may clear the data (storage not persistent, or Safari
 * outside an installed app, which deletes a site's data after 7 days without a visit) the clock is
 * shorter, at most a week, and the nudge says why. Choosing "never" (0 days) turns it off. The risk
 * alone does not nudge: a reminder that a fresh backup cannot dismiss would soon be ignored.
 */
export type NudgeReason = 'never' | 'old' | 'not-persistent' | 'safari';

export interface NudgeInput {
  now: number;
  lastBackupAt: number | undefined;
  /** settings.backupReminderDays; 0 turns the reminder off. */
  reminderDays: number;
  hasCases: boolean;
  /** null while unknown or when the browser cannot say. */
  persisted: boolean | null;
  safariTab: boolean;
}

export const AT_RISK_DAYS = 7;
const DAY = 86_400_000;

export function backupAgeDays(lastBackupAt: number, now: number): number {
  return Math.max(0, Math.floor((now - lastBackupAt) / DAY));
}

export function nudgeReasons(i: NudgeInput): NudgeReason[] {
  if (!i.hasCases || i.reminderDays <= 0) return [];
  const atRisk = i.safariTab || i.persisted === false;
  const limit = atRisk ? Math.min(i.reminderDays, AT_RISK_DAYS) : i.reminderDays;
  if (i.lastBackupAt !== undefined && backupAgeDays(i.lastBackupAt, i.now) < limit) return [];
  const out: NudgeReason[] = [i.lastBackupAt === undefined ? 'never' : 'old'];
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
