/**
 * How the case timeline's window moves. A person sees at most TIMELINE_MAX contacts at once:
 * "Show older" brings TIMELINE_STEP more below and lets the newest go past the limit, "Show newer"
 * does the reverse, and the two jumps open the newest or the first contacts. Consecutive windows
 * share contacts, so every charge, status change and file between two contacts is shown by one.
 */
import { contactKey, type TimelineAnchor, type TimelineEntry, type TimelineRequest } from '../../db/queries/timeline';
import type { Interaction } from '../../domain/types';

/** Contacts shown when the case opens, and after a jump. */
export const TIMELINE_PAGE = 30;
/** Contacts each "Show older" or "Show newer" brings. */
export const TIMELINE_STEP = 20;
/** Contacts mounted at most: about 25 DOM nodes each keeps the case screen under 1,500 nodes. */
export const TIMELINE_MAX = 40;

export const FIRST_WINDOW: TimelineRequest = { anchor: { from: 'newest' }, count: TIMELINE_PAGE };

export function contactsOf(entries: TimelineEntry[]): Interaction[] {
  return entries.flatMap((e) => (e.kind === 'interaction' ? [e.record] : []));
}

/** STEP more contacts below; past MAX, the newest ones leave from the top. */
export function olderRequest(current: TimelineRequest, contacts: Interaction[]): TimelineRequest {
  const count = contacts.length + TIMELINE_STEP;
  const drop = count - TIMELINE_MAX;
  if (drop <= 0) return { anchor: current.anchor, count };
  return { anchor: { from: 'key', key: contactKey(contacts[drop]!) }, count: TIMELINE_MAX };
}

/** The window starting at `anchor` (STEP contacts above the current one), keeping what fits below. */
export function newerRequest(anchor: TimelineAnchor, contacts: Interaction[]): TimelineRequest {
  return { anchor, count: Math.min(TIMELINE_MAX, contacts.length + TIMELINE_STEP) };
}

export function jumpRequest(from: 'newest' | 'oldest'): TimelineRequest {
  return { anchor: { from }, count: TIMELINE_PAGE };
}
