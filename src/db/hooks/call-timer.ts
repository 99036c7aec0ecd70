/** The running call timer, if any. */
import type { CallTimer } from '../../domain/types';
import { db } from '../database';
import { useSharedLiveQuery } from './live-query';

/** undefined while loading, null when no call is running. */
export function useCallTimer(): CallTimer | null | undefined {
  return useSharedLiveQuery('call-timer', async () => (await db.timers.get('current')) ?? null);
}
