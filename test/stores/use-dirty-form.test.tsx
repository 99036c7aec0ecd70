import { renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDirtyForm } from '../../src/stores/use-dirty-form';
import { useUiStore } from '../../src/stores/ui-store';

function fireBeforeUnload(): Event {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

describe('useDirtyForm', () => {
  beforeEach(() => useUiStore.setState({ dirtyForms: 0 }));

  it('counts a dirty form and warns before the page unloads', () => {
    const { rerender, unmount } = renderHook(({ dirty }) => useDirtyForm(dirty), { initialProps: { dirty: false } });
    expect(useUiStore.getState().dirtyForms).toBe(0);
    expect(fireBeforeUnload().defaultPrevented).toBe(false);

    rerender({ dirty: true });
    expect(useUiStore.getState().dirtyForms).toBe(1);
    expect(fireBeforeUnload().defaultPrevented).toBe(true);

    rerender({ dirty: false });
    expect(useUiStore.getState().dirtyForms).toBe(0);
    expect(fireBeforeUnload().defaultPrevented).toBe(false);
    unmount();
  });

  it('releases the count when the form goes away while dirty', () => {
    const a = renderHook(() => useDirtyForm(true));
    const b = renderHook(() => useDirtyForm(true));
    expect(useUiStore.getState().dirtyForms).toBe(2);
    a.unmount();
    expect(useUiStore.getState().dirtyForms).toBe(1);
    expect(fireBeforeUnload().defaultPrevented).toBe(true);
    b.unmount();
    expect(useUiStore.getState().dirtyForms).toBe(0);
    expect(fireBeforeUnload().defaultPrevented).toBe(false);
  });
});
