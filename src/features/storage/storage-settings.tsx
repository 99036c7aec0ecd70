/** Settings section: whether the browser keeps this app's data, and how much space it uses. */
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { requestPersistence, storageStatus, type StorageStatus } from '../../pwa/persistence';
import { useUiStore } from '../../stores/ui-store';
import { formatBytes } from '../../lib/bytes';

type Asking = 'idle' | 'asking' | 'granted' | 'denied';

/** `initial`: the state the page already read (see useStorageStatus), so the section opens complete. */
export function StorageSettings({ initial }: { initial?: StorageStatus }) {
  const t = useT();
  const lang = useUiStore((s) => s.lang);
  const [status, setStatus] = useState<StorageStatus | null>(initial ?? null);
  const [asking, setAsking] = useState<Asking>('idle');

  const refresh = useCallback(() => storageStatus().then(setStatus), []);
  const known = !!initial;
  useEffect(() => {
    if (!known) void refresh();
  }, [refresh, known]);

  async function protect() {
    setAsking('asking');
    const granted = await requestPersistence();
    setAsking(granted ? 'granted' : 'denied');
    await refresh();
  }

  const state = !status
    ? t('pwa.storage.checking')
    : !status.supported
      ? t('pwa.storage.unsupported')
      : status.persisted
        ? t('pwa.storage.persisted')
        : t('pwa.storage.notPersisted');
  const usage =
    status?.usage != null && status.quota != null
      ? t('pwa.storage.usage', { used: formatBytes(status.usage, lang), available: formatBytes(status.quota, lang) })
      : status
        ? t('pwa.storage.usageUnknown')
        : null;

  return (
    <section className="card" aria-labelledby="storage-settings-title">
      <h2 id="storage-settings-title">{t('pwa.storage.title')}</h2>
      <p className="muted">{t('pwa.storage.intro')}</p>
      <p>{state}</p>
      {usage && <p>{usage}</p>}
      {status?.supported && !status.persisted && (
        <button type="button" className="btn" disabled={asking === 'asking'} onClick={() => void protect()}>
          {asking === 'asking' ? t('pwa.storage.asking') : t('pwa.storage.protect')}
        </button>
      )}
      <p role="status" className="small">
        {asking === 'granted' ? t('pwa.storage.granted') : asking === 'denied' ? t('pwa.storage.denied') : ''}
      </p>
    </section>
  );
}
