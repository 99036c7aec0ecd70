/** App-wide banners: database newer than the code, database upgraded by another tab, open failure. */
import { useEffect, useState } from 'react';
import { dbState, onDbState, type DbState } from '../db/database';
import { useT } from '../i18n/use-t';

export function Banners() {
  const t = useT();
  const [state, setState] = useState<DbState>(dbState());
  useEffect(() => onDbState(setState), []);
  if (state.kind === 'ok') return null;
  const text =
    state.kind === 'read-only-newer'
      ? t('banner.readOnly', { version: Math.floor(state.diskVersion / 10) })
      : state.kind === 'upgraded-elsewhere'
        ? t('banner.upgradedElsewhere')
        : t('banner.dbFailed');
  return (
    <div className="banner banner-warning" role="alert">
      <p>{text}</p>
      <button type="button" className="btn btn-small" onClick={() => location.reload()}>
        {t('banner.reload')}
      </button>
    </div>
  );
}
