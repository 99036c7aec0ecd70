/** Amounts refunded so far, one row per currency (a case may be disputed in several). */
import { Field } from '../../components/field';
import type { FormErrors, MoneyFormValues } from '../../domain/case-form';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { CurrencyInput } from './currency-input';

interface Props {
  refunds: MoneyFormValues[];
  errors: FormErrors;
  /** Currency of a new row: the first disputed currency not refunded yet. */
  nextCurrency: string;
  onChange: (refunds: MoneyFormValues[]) => void;
}

export function RefundsEditor({ refunds, errors, nextCurrency, onChange }: Props) {
  const t = useT();
  const err = (path: string) => (errors[path] ? t(`fieldError.${errors[path]}` as MessageKey) : undefined);
  const update = (i: number, patch: Partial<MoneyFormValues>) => onChange(refunds.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="refunds">
      <p className="field-label">{t('caseForm.refunded')}</p>
      {refunds.map((r, i) => (
        <div className="field-row refund-row" key={i} role="group" aria-label={t('caseForm.refundN', { n: i + 1 })}>
          <Field label={t('caseForm.amount')} error={err(`refunded.${i}.amount`)}>
            <input inputMode="decimal" autoComplete="off" value={r.amount} onChange={(e) => update(i, { amount: e.target.value })} />
          </Field>
          <Field label={t('caseForm.currency')} error={err(`refunded.${i}.amountCurrency`)}>
            <CurrencyInput value={r.currency} onChange={(currency) => update(i, { currency })} />
          </Field>
          <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange(refunds.filter((_, j) => j !== i))}>
            {t('caseForm.removeRefund', { n: i + 1 })}
          </button>
        </div>
      ))}
      <p>
        <button type="button" className="btn btn-small" onClick={() => onChange([...refunds, { amount: '', currency: nextCurrency }])}>
          {t('caseForm.addRefund')}
        </button>
      </p>
    </div>
  );
}
