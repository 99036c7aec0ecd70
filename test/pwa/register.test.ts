import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useToastStore } from '../../src/stores/toast-store';
import { useUiStore } from '../../src/stores/ui-store';

type Handler = (event: { isUpdate?: boolean; isExternal?: boolean }) => void;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, Handler[]>();
  const instance = {
    addEventListener: (type: string, h: Handler) => handlers.set(type, [...(handlers.get(type) ?? []), h]),
    register: vi.fn(async () => undefined),
    update: vi.fn(async () => undefined),
    messageSkipWaiting: vi.fn(),
  };
  const emit = (type: string, event: { isUpdate?: boolean; isExternal?: boolean } = {}) => {
    for (const h of handlers.get(type) ?? []) h(event);
  };
  return { instance, emit, Workbox: vi.fn(function Workbox() { return instance; }) };
});
vi.mock('workbox-window', () => ({ Workbox: fake.Workbox }));

const { applyUpdate, registerServiceWorker } = await import('../../src/pwa/register');

describe('service worker registration', () => {
  beforeEach(() => {
    useUiStore.setState({ lang: 'en', updateReady: false, dirtyForms: 0 });
    useToastStore.setState({ toasts: [] });
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
  });

  it('registers our worker once, says when the app works offline, and flags a waiting version', () => {
    registerServiceWorker();
    registerServiceWorker();
    expect(fake.Workbox).toHaveBeenCalledTimes(1);
    expect(fake.Workbox).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    expect(fake.instance.register).toHaveBeenCalledTimes(1);

    fake.emit('installed', { isUpdate: false });
    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual(['Ready to work offline.']);

    fake.emit('installed', { isUpdate: true });
    expect(useToastStore.getState().toasts).toHaveLength(1);
    expect(useUiStore.getState().updateReady).toBe(false);
    fake.emit('waiting', { isUpdate: true });
    expect(useUiStore.getState().updateReady).toBe(true);
  });

  it('never activates the new version while a form is dirty', () => {
    registerServiceWorker();
    fake.emit('waiting', { isUpdate: true });
    useUiStore.getState().markDirty(true);
    applyUpdate();
    expect(fake.instance.messageSkipWaiting).not.toHaveBeenCalled();

    useUiStore.getState().markDirty(false);
    applyUpdate();
    expect(fake.instance.messageSkipWaiting).toHaveBeenCalledTimes(1);
  });
});
