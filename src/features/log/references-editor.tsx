/** Several reference or ticket numbers, one input each. */
import type { FormErrors } from '../../domain/case-form';
import { Field } from '../../components/field';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';

export function ReferencesEditor({ refs, errors, onChange }: { refs: string[]; errors: FormErrors; onChange: (refs: string[]) => void }) {
  const t = useT();
  return (
    <fieldset className="refs">
      <legend>{t('log.references')}</legend>
      {refs.map((r, i) => (
        <div className="ref-row" key={i}>
          <Field
            label={<span className="visually-hidden">{t('log.referenceN', { n: i + 1 })}</span>}
            error={errors[`references.${i}`] ? t(`fieldError.${errors[`references.${i}`]}` as MessageKey) : undefined}
          >
            <input
              value={r}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              className="mono"
              onChange={(e) => onChange(refs.map((x, j) => (j === i ? e.target.value : x)))}
            />
          </Field>
          {refs.length > 1 && (
            <button type="button" className="btn btn-ghost icon-btn" aria-label={t('log.removeReference', { n: i + 1 })} onClick={() => onChange(refs.filter((_, j) => j !== i))}>
              ×
            </button>
          )}
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={() => onChange([...refs, ''])}>
        {t('log.addReference')}
      </button>
    </fieldset>
  );
}
