/**
 * Focus and scroll while the timeline window moves (#8). After a move, the entry to read next takes
 * the place of the button that was tapped and receives focus, so a screen reader goes on from there
 * and the page does not jump, whatever left the top or bottom of the list. An entry that goes while
 * it holds focus (a deleted contact) hands focus to the entry now in its place.
 */
import { useLayoutEffect, useRef, type FocusEvent, type RefObject } from 'react';
import { entryKey, type TimelineEntry, type TimelineRequest, type TimelineWindow } from '../../db/timeline-query';

export interface TimelineMove {
  request: TimelineRequest;
  /** The entry to focus once the window has moved. */
  target: (entries: TimelineEntry[]) => TimelineEntry | undefined;
  /** Where the target should appear (viewport top of the tapped button), or null to scroll it to the top. */
  top: number | null;
}

const itemsOf = (list: HTMLElement) => Array.from(list.children) as HTMLElement[];

function place(el: HTMLElement, top: number | null) {
  if (top === null) el.scrollIntoView?.({ block: 'start' });
  else {
    const by = el.getBoundingClientRect().top - top;
    if (by !== 0) window.scrollBy(0, by);
  }
  el.focus({ preventScroll: true });
}

export function useTimelineFocus(list: RefObject<HTMLOListElement | null>, shown: TimelineWindow | undefined, setRequest: (r: TimelineRequest) => void) {
  const pending = useRef<TimelineMove | null>(null);
  const focused = useRef<{ key: string; index: number } | null>(null);

  useLayoutEffect(() => {
    const ol = list.current;
    if (!ol || !shown) return;
    const move = pending.current;
    if (move) {
      if (shown.request !== move.request) return;
      pending.current = null;
      const target = move.target(shown.entries);
      const el = target && itemsOf(ol).find((li) => li.dataset.key === entryKey(target));
      if (el) place(el, move.top);
      return;
    }
    const was = focused.current;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (was && lost && !shown.entries.some((e) => entryKey(e) === was.key)) {
      const items = itemsOf(ol);
      items[Math.min(was.index, items.length - 1)]?.focus({ preventScroll: true });
    }
  }, [list, shown]);

  const go = (move: TimelineMove) => {
    pending.current = move;
    setRequest(move.request);
  };

  const listProps = {
    onFocus: (e: FocusEvent<HTMLOListElement>) => {
      const li = (e.target as HTMLElement).closest<HTMLElement>('li[data-key]');
      if (li?.parentElement === e.currentTarget) focused.current = { key: li.dataset.key!, index: itemsOf(e.currentTarget).indexOf(li) };
    },
    onBlur: (e: FocusEvent<HTMLOListElement>) => {
      // Focus that moved elsewhere on purpose is not brought back; focus lost with its element has no next target.
      if (e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) focused.current = null;
    },
  };
  return { go, listProps };
}
