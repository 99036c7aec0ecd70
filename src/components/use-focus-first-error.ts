/** After a failed submit, move focus to the first field marked invalid so the person sees what to fix. */
import { useEffect, useRef, type RefObject } from 'react';

export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>): () => void {
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  });
  return () => {
    pending.current = true;
  };
}
