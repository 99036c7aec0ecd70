/** Keeps the app badge equal to the number of cases due today or overdue. */
import { useEffect } from 'react';
import { addDaysIso, isoDateOf, startOfDayInstant } from '../../domain/dates';
import { useDueCount } from '../../db/hooks/attention';
import { showDueBadge } from './app-badge';
import { useNow } from '../../components/use-now';
import { deviceZone } from '../../lib/device-zone';

export function AppBadgeSync() {
  const now = useNow();
  const zone = deviceZone();
  // The end of today, so the count (and its live query) only changes at midnight or on a write.
  const until = startOfDayInstant(addDaysIso(isoDateOf(now, zone), 1), zone) - 1;
  const count = useDueCount(until);
  useEffect(() => {
    if (count !== undefined) void showDueBadge(count);
  }, [count]);
  return null;
}
