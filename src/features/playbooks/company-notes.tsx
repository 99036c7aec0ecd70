/** The person's own notes about a company, shared by every case with it. */
import { useFailureText } from '../../components/failure-text';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useCompany } from '../../db/hooks/companies';
import { saveCompanyNotes } from '../../db/repositories/company-repo';
import { useT } from '../../i18n/use-t';
import { useDirtyForm } from '../../stores/use-dirty-form';

export function CompanyNotes({ company, companyKey }: { company: string; companyKey: string }) {
  const t = useT();
  const describeFailure = useFailureText();
  const id = useId();
  const record = useCompany(companyKey);
  const [notes, setNotes] = useState<string>();
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  // Show what is stored until the person starts typing; never overwrite what they typed.
  const value = notes ?? record?.notes ?? '';
  // Typed and not yet stored: an app update waits, and closing the page asks first.
  useDirtyForm(notes !== undefined && notes !== (record?.notes ?? ''));
  useEffect(() => {
    if (status === 'saved') {
      const timer = setTimeout(() => setStatus('idle'), 3000);
      return () => clearTimeout(timer);
    }
  }, [status]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus('saving');
    try {
      await saveCompanyNotes(company, value);
      setNotes(undefined);
      setStatus('saved');
    } catch (error) {
      setStatus({ error: describeFailure(error, 'save') });
    }
  };
  const error = typeof status === 'object' ? status.error : undefined;
  return (
    <form className="company-notes" onSubmit={(e) => void submit(e)}>
      <div className={`field${error ? ' field-error' : ''}`}>
        <label htmlFor={id}>{t('playbook.notes', { company })}</label>
        <textarea id={id} value={value} onChange={(e) => setNotes(e.target.value)} aria-describedby={`${id}-hint`} />
        <p className="field-hint" id={`${id}-hint`}>
          {t('playbook.notesHint')}
        </p>
        {error && (
          <p className="field-message" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="btn-row status-row">
        <button type="submit" className="btn btn-small" disabled={status === 'saving'}>
          {status === 'saving' ? t('common.saving') : t('playbook.saveNotes')}
        </button>
        <span role="status" className="small muted">
          {status === 'saved' ? t('common.saved') : ''}
        </span>
      </div>
    </form>
  );
}
