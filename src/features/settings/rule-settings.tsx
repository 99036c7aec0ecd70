/** Settings for the rules' defaults: follow-up delay, contacts before escalating, card window, home region. */
import { useFailureText } from '../../components/failure-text';
import { updateSettings } from '../../db/repositories/settings-repo';
import { useId, useState, type FormEvent } from 'react';
import { Field } from '../../components/field';
import { useSettings } from '../../db/hooks/settings';
import { REGIONS, type Region, type Settings } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { ReminderSettings } from './reminder-settings';
import '../../components/rule-panels.css';

type NumberKey = 'followUpBusinessDays' | 'contactsBeforeEscalation' | 'cardDisputeWindowDays';
const LIMITS: Record<NumberKey, [number, number]> = {
  followUpBusinessDays: [1, 30],
  contactsBeforeEscalation: [1, 10],
  cardDisputeWindowDays: [1, 540],
};

function RuleForm({ settings }: { settings: Settings }) {
  const t = useT();
  const describeFailure = useFailureText();
  const titleId = useId();
  const [values, setValues] = useState<Record<NumberKey, string>>({
    followUpBusinessDays: String(settings.followUpBusinessDays),
    contactsBeforeEscalation: String(settings.contactsBeforeEscalation),
    cardDisputeWindowDays: String(settings.cardDisputeWindowDays),
  });
  const [region, setRegion] = useState<Region>(settings.homeRegion);
  const [errors, setErrors] = useState<Partial<Record<NumberKey, string>>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');

  const edited = (change: () => void) => {
    change();
    setStatus((s) => (s === 'saved' ? 'idle' : s));
  };
  const parse = (k: NumberKey) => {
    const [min, max] = LIMITS[k];
    const n = Number(values[k]);
    return /^\d+$/.test(values[k].trim()) && n >= min && n <= max ? n : undefined;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Partial<Record<NumberKey, string>> = {};
    for (const k of Object.keys(LIMITS) as NumberKey[]) if (parse(k) === undefined) found[k] = t('ruleSettings.range', { min: LIMITS[k][0], max: LIMITS[k][1] });
    setErrors(found);
    if (Object.keys(found).length > 0) return setStatus('idle');
    setStatus('saving');
    try {
      await updateSettings({ followUpBusinessDays: parse('followUpBusinessDays')!, contactsBeforeEscalation: parse('contactsBeforeEscalation')!, cardDisputeWindowDays: parse('cardDisputeWindowDays')!, homeRegion: region });
      setStatus('saved');
    } catch (error) {
      setStatus({ error: describeFailure(error) });
    }
  };
  const number = (k: NumberKey) => (
    <input type="number" inputMode="numeric" min={LIMITS[k][0]} max={LIMITS[k][1]} step={1} value={values[k]} onChange={(e) => edited(() => setValues((v) => ({ ...v, [k]: e.target.value })))} />
  );
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('ruleSettings.title')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('ruleSettings.followUpDays')} hint={t('ruleSettings.followUpDaysHint')} error={errors.followUpBusinessDays}>
          {number('followUpBusinessDays')}
        </Field>
        <Field label={t('ruleSettings.contacts')} error={errors.contactsBeforeEscalation}>
          {number('contactsBeforeEscalation')}
        </Field>
        <Field label={t('ruleSettings.cardWindow')} hint={t('ruleSettings.cardWindowHint')} error={errors.cardDisputeWindowDays}>
          {number('cardDisputeWindowDays')}
        </Field>
        <Field label={t('ruleSettings.region')} hint={t('ruleSettings.regionHint')}>
          <select value={region} onChange={(e) => edited(() => setRegion(e.target.value as Region))}>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {t(`region.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        {typeof status === 'object' && (
          <p className="form-summary" role="alert">
            {status.error}
          </p>
        )}
        <div className="btn-row status-row">
          <button type="submit" className="btn btn-primary" disabled={status === 'saving'}>
            {status === 'saving' ? t('common.saving') : t('common.save')}
          </button>
          <span role="status" className="small muted">
            {status === 'saved' ? t('common.saved') : ''}
          </span>
        </div>
      </form>
      <ReminderSettings settings={settings} />
    </section>
  );
}

export function RuleSettings() {
  const settings = useSettings();
  // Mount the form once settings are read, so its fields start from the stored values.
  return settings ? <RuleForm settings={settings} /> : null;
}
