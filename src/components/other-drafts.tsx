/**
 * Drafts of the same form left by windows that were closed (or killed): each with when it was typed
 * and a preview, to restore into this form or discard. Shown only while this form holds no input of
 * its own, so restoring never replaces what is being typed here.
 */
import { useT } from '../i18n/use-t';

export interface OfferedDraft {
  key: string;
  time: string;
  preview: string;
  maybeLive: boolean;
}

export function OtherDrafts({ drafts, onRestore, onDiscard }: { drafts: OfferedDraft[]; onRestore: (key: string) => void; onDiscard: (key: string) => void }) {
  const t = useT();
  if (drafts.length === 0) return null;
  return (
    <div className="banner banner-info form-notice other-drafts" role="status">
      {drafts.map((d) => (
        <div key={d.key} className="other-draft">
          <p>
            <strong>{d.maybeLive ? t('drafts.othersMaybeLive') : t('drafts.othersTitle')}</strong>
            <br />
            {t('drafts.otherWhen', { time: d.time })}
          </p>
          {d.preview && <blockquote className="other-draft-preview">{d.preview}</blockquote>}
          <div className="btn-row">
            <button type="button" className="btn btn-small" onClick={() => onDiscard(d.key)}>
              {t('drafts.discardOther')}
            </button>
            <button type="button" className="btn btn-small btn-primary" onClick={() => onRestore(d.key)}>
              {t('drafts.restore')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
