/**
 * A save refused because the record changed elsewhere: what was combined by itself, and for each field
 * both sides changed, the two versions to choose from. Nothing is dropped until the person chooses.
 */
import { useId } from 'react';
import type { Conflict } from '../domain/merge';
import { useT } from '../i18n/use-t';

export interface MergePanelProps {
  conflict: Conflict;
  /** The field's label as the form shows it. */
  label: (field: string) => string;
  /** A field's value as text. */
  show: (field: string, value: unknown) => string;
  onChoose: (field: string, side: 'mine' | 'theirs') => void;
}

export function MergePanel({ conflict, label, show, onChoose }: MergePanelProps) {
  const t = useT();
  const titleId = useId();
  const text = (field: string, value: unknown) => show(field, value) || t('merge.empty');
  const decided = conflict.fields.every((f) => f.chosen);
  return (
    <section className="banner banner-warning merge-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('merge.title')}</h2>
      <p>{t('merge.intro')}</p>
      {conflict.fromTheirs.length > 0 && <p>{t('merge.fromTheirs', { fields: conflict.fromTheirs.map(label).join(', ') })}</p>}
      {conflict.fields.map((f) => (
        <fieldset key={f.name} className="merge-field">
          <legend>{label(f.name)}</legend>
          <label>
            <input type="radio" name={`${titleId}-${f.name}`} checked={f.chosen === 'mine'} onChange={() => onChoose(f.name, 'mine')} />
            {t('merge.mine', { value: text(f.name, f.mine) })}
          </label>
          <label>
            <input type="radio" name={`${titleId}-${f.name}`} checked={f.chosen === 'theirs'} onChange={() => onChoose(f.name, 'theirs')} />
            {t('merge.theirs', { value: text(f.name, f.theirs) })}
          </label>
        </fieldset>
      ))}
      {conflict.fields.length > 0 && decided && <p role="status">{t('merge.ready')}</p>}
    </section>
  );
}
