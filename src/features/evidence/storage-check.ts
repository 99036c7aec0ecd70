/** How full the app's storage would be after adding `incoming` bytes (navigator.storage.estimate). */
import { storagePressure, type StoragePressure } from '../../domain/evidence';

export async function checkStorage(incoming: number): Promise<StoragePressure> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.estimate !== 'function') return storagePressure(undefined, undefined, incoming);
  try {
    const { usage, quota } = await storage.estimate();
    return storagePressure(usage, quota, incoming);
  } catch {
    return storagePressure(undefined, undefined, incoming);
  }
}
