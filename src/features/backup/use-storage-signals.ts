/** Whether the browser keeps this app's data for sure, and whether this is Safari outside an installed app. */
import { useEffect, useState } from 'react';
import { storageStatus } from '../../pwa/persistence';
import { isSafariTab } from './nudge-rules';

export interface StorageSignals {
  /** null while asking, or when the browser cannot say. */
  persisted: boolean | null;
  safariTab: boolean;
}

function standalone(): boolean {
  const nav = navigator as Navigator & { standalone?: boolean };
  return nav.standalone === true || (typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches);
}

export function useStorageSignals(): StorageSignals {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void storageStatus().then((s) => {
      if (live) setPersisted(s.supported ? s.persisted : null);
    });
    return () => {
      live = false;
    };
  }, []);
  return { persisted, safariTab: typeof navigator !== 'undefined' && isSafariTab(navigator.userAgent, standalone()) };
}
