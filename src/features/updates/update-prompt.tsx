/**
 * "A new version is ready" banner. While any form holds unsaved input the Update button stays
 * disabled and the text asks to finish first, so an update never throws away what is being typed.
 * The register module is imported on demand: main.tsx loads it after the first paint.
 */
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useUiStore } from '../../stores/ui-store';

export function UpdatePrompt() {
  const t = useT();
  const ready = useUiStore((s) => s.updateReady);
  const dirty = useUiStore((s) => s.dirtyForms > 0);
  const [later, setLater] = useState(false);
  if (!ready || later) return null;
  return (
    <div className="banner banner-info update-prompt" role="status">
      <p>{dirty ? t('banner.updateWaitDirty') : t('banner.updateAvailable')}</p>
      <div className="btn-row">
        <button type="button" className="btn btn-small btn-ghost" onClick={() => setLater(true)}>
          {t('pwa.updateLater')}
        </button>
        <button type="button" className="btn btn-small btn-primary" disabled={dirty} onClick={() => void import('../../pwa/register').then((m) => m.applyUpdate())}>
          {t('banner.updateNow')}
        </button>
      </div>
    </div>
  );
}
