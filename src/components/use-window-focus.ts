/**
 * Focus and scroll while a windowed list moves: the case timeline and the case list show a
 * bounded window of their items that buttons move. After a move, the item to read next takes the
 * place of the button that was tapped and receives focus, so a screen reader goes on from there and
 * the page does not jump, whatever left the top or bottom of the list (browsers without scroll
 * anchoring included). An item that goes while it holds focus (a deleted contact) hands focus to
 * the item now in its place. Items are the list's children, each with a data-key.
 */
import { useLayoutEffect, useRef, type FocusEvent, type RefObject } from 'react';

export interface WindowMove<R> {
  request: R;
  /** The key of the item to focus once the window has moved, from the new window's keys. */
  target: (keys: string[]) => string | undefined;
  /** Where the target should appear (viewport top of the tapped button), or null to scroll it to the top. */
  top: number | null;
}

export interface ShownWindow<R> {
  /** The request this window answers (the same object). */
  request: R;
  keys: string[];
}

const itemsOf = (list: HTMLElement) => Array.from(list.children) as HTMLElement[];

/** The item itself when it is focusable by script (tabindex="-1"), else its first link or button. */
function focusableIn(li: HTMLElement): HTMLElement {
  return li.hasAttribute('tabindex') ? li : (li.querySelector<HTMLElement>('a[href], button') ?? li);
}

function place(li: HTMLElement, top: number | null) {
  if (top === null) li.scrollIntoView?.({ block: 'start' });
  else {
    const by = li.getBoundingClientRect().top - top;
    if (by !== 0) window.scrollBy(0, by);
  }
  focusableIn(li).focus({ preventScroll: true });
}

/** The first key below `lastKey` (the end of the previous window), else the first that is new. */
export function firstBelow(keys: string[], lastKey: string, before: ReadonlySet<string>): string | undefined {
  const at = keys.indexOf(lastKey);
  if (at >= 0 && at + 1 < keys.length) return keys[at + 1];
  return keys.find((k) => !before.has(k));
}

export function useWindowFocus<R>(list: RefObject<HTMLElement | null>, shown: ShownWindow<R> | undefined, setRequest: (r: R) => void) {
  const pending = useRef<WindowMove<R> | null>(null);
  const focused = useRef<{ key: string; index: number } | null>(null);

  useLayoutEffect(() => {
    const ul = list.current;
    if (!ul || !shown) return;
    const move = pending.current;
    if (move) {
      if (shown.request !== move.request) return;
      pending.current = null;
      const key = move.target(shown.keys);
      const li = key === undefined ? undefined : itemsOf(ul).find((el) => el.dataset.key === key);
      if (li) place(li, move.top);
      return;
    }
    const was = focused.current;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (was && lost && !shown.keys.includes(was.key)) {
      const items = itemsOf(ul);
      const li = items[Math.min(was.index, items.length - 1)];
      if (li) focusableIn(li).focus({ preventScroll: true });
    }
  }, [list, shown]);

  const go = (move: WindowMove<R>) => {
    pending.current = move;
    setRequest(move.request);
  };

  const listProps = {
    onFocus: (e: FocusEvent<HTMLElement>) => {
      const li = (e.target as HTMLElement).closest<HTMLElement>('[data-key]');
      if (li?.parentElement === e.currentTarget) focused.current = { key: li.dataset.key!, index: itemsOf(e.currentTarget).indexOf(li) };
    },
    onBlur: (e: FocusEvent<HTMLElement>) => {
      // Focus moved elsewhere on purpose is not brought back; focus lost with its element has no next target.
      if (e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) focused.current = null;
    },
  };
  return { go, listProps };
}
