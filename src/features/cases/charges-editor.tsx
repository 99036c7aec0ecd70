/** The list of disputed charges inside the case form: date, statement date, amount, currency, note. */
import { Field } from '../../components/field';
import { emptyCharge, type ChargeFormValues, type FormErrors } from '../../domain/case-form';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { CurrencyInput } from './currency-input';

interface Props {
  charges: ChargeFormValues[];
  errors: FormErrors;
  defaultCurrency: string;
  today: string;
  onChange: (charges: ChargeFormValues[]) => void;
}

export function ChargesEditor({ charges, errors, defaultCurrency, today, onChange }: Props) {
  const t = useT();
  const err = (path: string) => (errors[path] ? t(`fieldError.${errors[path]}` as MessageKey) : undefined);
  const update = (i: number, patch: Partial<ChargeFormValues>) => onChange(charges.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const lastCurrency = charges.at(-1)?.currency || defaultCurrency;
  return (
    <fieldset>
      <legend>{t('caseForm.charges')}</legend>
      {charges.length === 0 && <p className="muted small">{t('caseForm.noCharges')}</p>}
      {charges.map((c, i) => {
        const p = `charges.${i}`;
        return (
          <div className="charge-row" key={c.id ?? `new-${i}`} role="group" aria-label={t('caseForm.chargeN', { n: i + 1 })}>
            <div className="charge-row-head">
              <h3>{t('caseForm.chargeN', { n: i + 1 })}</h3>
              <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange(charges.filter((_, j) => j !== i))}>
                {t('caseForm.removeCharge', { n: i + 1 })}
              </button>
            </div>
            <div className="field-row">
              <Field label={t('caseForm.amount')} error={err(`${p}.amount`)}>
                <input inputMode="decimal" autoComplete="off" value={c.amount} onChange={(e) => update(i, { amount: e.target.value })} />
              </Field>
              <Field label={t('caseForm.currency')} error={err(`${p}.amountCurrency`)}>
                <CurrencyInput value={c.currency} onChange={(currency) => update(i, { currency })} />
              </Field>
            </div>
            <div className="field-row">
              <Field label={t('caseForm.chargedOn')} error={err(`${p}.chargedOn`)}>
                <input type="date" max={today} value={c.chargedOn} onChange={(e) => update(i, { chargedOn: e.target.value })} />
              </Field>
              <Field label={t('caseForm.statementOn')} optional={t('common.optional')} error={err(`${p}.statementOn`)}>
                <input type="date" max={today} value={c.statementOn} onChange={(e) => update(i, { statementOn: e.target.value })} />
              </Field>
            </div>
            <Field label={t('caseForm.chargeNote')} optional={t('common.optional')} error={err(`${p}.description`)}>
              <input value={c.description} onChange={(e) => update(i, { description: e.target.value })} />
            </Field>
          </div>
        );
      })}
      <p>
        <button type="button" className="btn" onClick={() => onChange([...charges, emptyCharge(lastCurrency, today)])}>
          {t('caseForm.addCharge')}
        </button>
      </p>
    </fieldset>
  );
}
