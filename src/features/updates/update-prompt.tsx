/**
 * "A new version is ready" banner, also shown when a part of this page's build failed to load because
 * a newer version replaced it. Pressing Update first has every open form write its input to its draft
 * (a reload brings each tab's own draft back by itself) and reloads only once all of them did; a form
 * whose input cannot be kept as a draft (chosen files, or a draft that failed to write) holds it back.
 * The register module is imported on demand: main.tsx loads it after the first paint.
 */
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { flushAllDrafts } from '../../stores/draft-registry';
import { useUiStore } from '../../stores/ui-store';

async function reloadIntoNewVersion(): Promise<void> {
  try {
    (await import('../../pwa/register')).applyUpdate();
  } catch {
    // This build's own registration chunk is gone from the server: a plain reload gets the new one.
    location.reload();
  }
}

export function UpdatePrompt() {
  const t = useT();
  const ready = useUiStore((s) => s.updateReady);
  const outdated = useUiStore((s) => s.outdated);
  const dirty = useUiStore((s) => s.dirtyForms > 0);
  const [later, setLater] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notKept, setNotKept] = useState(false);
  if (!ready || (later && !outdated)) return null;

  async function update() {
    setBusy(true);
    setNotKept(false);
    const kept = await flushAllDrafts();
    setBusy(false);
    if (!kept) return setNotKept(true);
    await reloadIntoNewVersion();
  }

  const text = dirty ? t('banner.updateWaitDirty') : outdated ? t('banner.outdated') : t('banner.updateAvailable');
  return (
    <div className="banner banner-info update-prompt" role="status">
      <p>{text}</p>
      {notKept && <p role="alert">{t('banner.updateNotKept')}</p>}
      <div className="btn-row">
        {!outdated && (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setLater(true)}>
            {t('pwa.updateLater')}
          </button>
        )}
        <button type="button" className="btn btn-small btn-primary" disabled={dirty || busy} onClick={() => void update()}>
          {t('banner.updateNow')}
        </button>
      </div>
    </div>
  );
}
