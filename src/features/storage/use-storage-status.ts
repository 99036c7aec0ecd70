/** The browser's storage state, asked once: undefined until it answers. */
import { useEffect, useState } from 'react';
import { storageStatus, type StorageStatus } from '../../pwa/persistence';

export function useStorageStatus(): StorageStatus | undefined {
  const [status, setStatus] = useState<StorageStatus>();
  useEffect(() => {
    let live = true;
    void storageStatus().then((s) => {
      if (live) setStatus(s);
    });
    return () => {
      live = false;
    };
  }, []);
  return status;
}
