/** Change a deadline's date on this case, or go back to the computed one. */
import { useFailureText } from '../../components/failure-text';
import { useId, useState, type FormEvent } from 'react';
import { setDeadlineOverride } from '../../db/repositories/follow-up-repo';
import { isIsoDate } from '../../domain/dates';
import type { Deadline } from '../../domain/deadlines';
import { useT } from '../../i18n/use-t';
import { useDirtyForm } from '../../stores/use-dirty-form';

export function DeadlineDateForm({ caseId, deadline, onClose }: { caseId: string; deadline: Deadline; onClose: () => void }) {
  const t = useT();
  const describeFailure = useFailureText();
  const id = useId();
  const [date, setDate] = useState(deadline.date);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // A date typed and not yet stored: an app update waits, and closing the page asks first.
  useDirtyForm(date !== deadline.date);

  const save = async (value: string | undefined) => {
    setBusy(true);
    setError(undefined);
    try {
      await setDeadlineOverride(caseId, deadline.id, value);
      onClose();
    } catch (e) {
      setError(describeFailure(e, 'save'));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (isIsoDate(date)) void save(date);
  };

  return (
    <form className="deadline-date-form" onSubmit={submit}>
      <div className={`field${error ? ' field-error' : ''}`}>
        <label htmlFor={id}>{t('deadlines.changeLabel')}</label>
        <input id={id} type="date" required value={date} onChange={(e) => setDate(e.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
        {error && (
          <p className="field-message" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="btn btn-small btn-primary" disabled={busy}>
        {busy ? t('common.saving') : t('common.save')}
      </button>
      {deadline.overridden && (
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => void save(undefined)}>
          {t('deadlines.useComputed')}
        </button>
      )}
      <button type="button" className="btn btn-small btn-ghost" onClick={onClose}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
