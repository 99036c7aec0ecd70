/** The countdown line of a deadline: days left to a last safe day, or until a period opens. */
import type { Deadline } from '../../domain/deadlines';
import type { T } from '../../i18n/use-t';

export type CountdownTone = 'passed' | 'close' | 'calm';

/** Within this many days a closing deadline is shown as close. */
const CLOSE_DAYS = 7;

export function countdown(t: T, kind: Deadline['kind'], days: number): { text: string; tone: CountdownTone } {
  if (kind === 'opens') {
    if (days <= 0) return { text: t('countdown.open'), tone: 'calm' };
    return { text: days === 1 ? t('countdown.opensTomorrow') : t('countdown.opensIn', { count: days }), tone: 'calm' };
  }
  if (days < 0) return { text: days === -1 ? t('countdown.passedYesterday') : t('countdown.passed', { count: -days }), tone: 'passed' };
  if (days === 0) return { text: t('countdown.lastDay'), tone: 'close' };
  return { text: days === 1 ? t('countdown.oneDayLeft') : t('countdown.daysLeft', { count: days }), tone: days <= CLOSE_DAYS ? 'close' : 'calm' };
}
