/**
 * The two ways to pick files: the file chooser (any file, several at once) and, on touch
 * devices, the camera. Files refused on choice are named with the reason, next to the pickers.
 */
import { useId } from 'react';
import { Icon } from '../../components/icon';
import { useFormat, useT } from '../../i18n/use-t';
import { MAX_EVIDENCE_BYTES } from '../../domain/evidence';
import { formatBytes, formatSizeAgainst } from '../../lib/bytes';
import type { Rejection } from './use-attach';

/** The file's size and the limit, exact to the byte when rounding would make them read the same. */
function problemSizes(size: number, lang: string): { size: string; max: string } {
  const shown = formatSizeAgainst(size, MAX_EVIDENCE_BYTES, lang);
  return { size: shown.size, max: shown.limit };
}

const hasCamera = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;

export function FilePickers({ onChoose, rejected }: { onChoose: (files: File[]) => void; rejected: Rejection[] }) {
  const t = useT();
  const { lang } = useFormat();
  const hintId = useId();
  const take = (input: HTMLInputElement) => {
    onChoose(Array.from(input.files ?? []));
    // Let the same file be chosen again after it was removed.
    input.value = '';
  };
  return (
    <div className="field">
      <span className="field-label">{t('evidence.files')}</span>
      <div className="btn-row">
        <label className="btn evidence-pick">
          <Icon name="file" />
          {t('evidence.chooseFiles')}
          <input type="file" className="visually-hidden" multiple accept="image/*,application/pdf,text/plain" aria-describedby={hintId} onChange={(e) => take(e.currentTarget)} />
        </label>
        {hasCamera() && (
          <label className="btn evidence-pick">
            <Icon name="camera" />
            {t('evidence.takePhoto')}
            <input type="file" className="visually-hidden" accept="image/*" capture="environment" aria-describedby={hintId} onChange={(e) => take(e.currentTarget)} />
          </label>
        )}
      </div>
      <p className="field-hint" id={hintId}>
        {t('evidence.limit', { max: formatBytes(MAX_EVIDENCE_BYTES, lang) })}
      </p>
      {rejected.length > 0 && (
        <ul className="evidence-problems" role="alert">
          {rejected.map((r) => (
            <li key={r.key} className="field-message">
              {t(`evidence.problem.${r.problem}`, { name: r.name, ...problemSizes(r.size, lang) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
