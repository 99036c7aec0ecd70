/** Live reads of the case timeline window (see ../queries/timeline.ts). */
import { caseTimelineWindow, timelinePosition, type TimelineEntry, type TimelinePosition, type TimelineRequest, type TimelineWindow } from '../queries/timeline';
import { identityKey, useSharedLiveQuery } from './live-query';

/** The window `request` asks for; while a new request loads, the previous window stays. */
export function useTimelineWindow(caseId: string, request: TimelineRequest): TimelineWindow | undefined {
  return useSharedLiveQuery(`timeline:${caseId}:${identityKey(request)}`, () => caseTimelineWindow(caseId, request), { keepPrevious: true });
}

/** Where the window starting at `first` sits in the whole timeline; read apart so the window shows first. */
export function useTimelinePosition(caseId: string, first: TimelineEntry | undefined): TimelinePosition | undefined {
  // A new window with the same first entry (same place) does not need a new read.
  const place = first ? `${first.kind}-${first.record.id}@${first.at}` : '';
  return useSharedLiveQuery(`timeline-position:${caseId}:${place}`, () => timelinePosition(caseId, first), { keepPrevious: true });
}
