/** A StorageManager stand-in for the test page (which has none): answers like a browser would, and counts calls. */
import { vi } from 'vitest';

export function installStorageManager(opts: { persisted?: boolean; grant?: boolean; usage?: number; quota?: number } = {}) {
  let persisted = opts.persisted ?? false;
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      if (opts.grant ?? true) persisted = true;
      return persisted;
    }),
    estimate: vi.fn(async () => ({ usage: opts.usage ?? 0, quota: opts.quota ?? 0 })),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

export function removeStorageManager(): void {
  Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
}
