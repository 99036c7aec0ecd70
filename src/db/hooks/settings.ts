/** The settings, one live read for every component. */
import type { Settings } from '../../domain/types';
import { getSettings } from '../queries/settings';
import { useSharedLiveQuery } from './live-query';

export function useSettings(): Settings | undefined {
  return useSharedLiveQuery('settings', getSettings);
}
