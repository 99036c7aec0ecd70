/** Live reads of the case timeline window (see ./timeline-query.ts). */
import { useLiveQuery } from 'dexie-react-hooks';
import { caseTimelineWindow, timelinePosition, type TimelineEntry, type TimelinePosition, type TimelineRequest, type TimelineWindow } from '../queries/timeline';

/** The window `request` asks for; while a new request loads, the previous window stays. */
export function useTimelineWindow(caseId: string, request: TimelineRequest): TimelineWindow | undefined {
  return useLiveQuery(() => caseTimelineWindow(caseId, request), [caseId, request]);
}

/** Where the window starting at `first` sits in the whole timeline; read apart so the window shows first. */
export function useTimelinePosition(caseId: string, first: TimelineEntry | undefined): TimelinePosition | undefined {
  // A new window with the same first entry (same place) does not need a new read.
  const key = first ? `${first.kind}-${first.record.id}@${first.at}` : '';
  return useLiveQuery(() => timelinePosition(caseId, first), [caseId, key]);
}
