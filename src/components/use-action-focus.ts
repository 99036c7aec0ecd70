/**
 * Reads `?action=` from the case URL and, once the panel has rendered, scrolls the matching element
 * into view and focuses it (once per visit), so a Home item opens the case at the right action.
 */
import { useEffect, useRef } from 'react';
import { useSearch } from 'wouter';

export function useRequestedAction(): string | null {
  return new URLSearchParams(useSearch()).get('action');
}

export function useFocusOnce(elementId: string | undefined, ready: boolean): void {
  const done = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!ready || !elementId || done.current === elementId) return;
    const el = document.getElementById(elementId);
    if (!el) return;
    done.current = elementId;
    el.scrollIntoView?.({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [elementId, ready]);
}

/** An element id made from a stored id (deadline ids contain ':'). */
export const domId = (prefix: string, raw: string) => `${prefix}-${raw.replace(/[^A-Za-z0-9_-]/g, '-')}`;
