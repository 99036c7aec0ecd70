/**
 * Restore or import: pick a file, see what it holds (everything is checked before this), choose what
 * happens to records on both sides, confirm, read the result. A refused file changes nothing.
 */
import { useId, useRef, useState } from 'react';
import { existingKeys, writeImport, type ImportCounts, type MergePolicy } from '../../db/repositories/import-repo';
import { prepareImport, type PreparedImport } from '../../export/json/import-export';
import { useFormat, useT } from '../../i18n/use-t';
import { importErrorText } from './import-error-text';
import { RestorePreview, sumCounts } from './restore-preview';

type State =
  | { step: 'pick' }
  | { step: 'reading'; file: string }
  | { step: 'preview'; prepared: PreparedImport }
  | { step: 'importing'; prepared: PreparedImport }
  | { step: 'done'; file: string; counts: ImportCounts }
  | { step: 'error'; message: string };

export function RestoreFlow() {
  const t = useT();
  const { lang } = useFormat();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ step: 'pick' });
  const [policy, setPolicy] = useState<MergePolicy>('newer');

  function reset() {
    if (input.current) input.current.value = '';
    setState({ step: 'pick' });
  }

  async function pick(file: File | undefined) {
    if (!file) return;
    setState({ step: 'reading', file: file.name });
    try {
      setState({ step: 'preview', prepared: await prepareImport(file, file.name, existingKeys) });
    } catch (error) {
      setState({ step: 'error', message: importErrorText(error, t, lang) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  async function confirm(prepared: PreparedImport) {
    setState({ step: 'importing', prepared });
    try {
      // The one write: everything was read, checked, decoded and hashed before it opens.
      const counts = await writeImport(prepared.records, policy, Date.now());
      setState({ step: 'done', file: prepared.fileName, counts });
    } catch (error) {
      setState({ step: 'error', message: importErrorText(error, t, lang) });
    }
  }

  const busy = state.step === 'reading' || state.step === 'importing';
  return (
    <div className="backup-block">
      <h3>{t('backup.restore.title')}</h3>
      <p className="muted small">{t('backup.restore.intro')}</p>
      {(state.step === 'pick' || state.step === 'reading' || state.step === 'error') && (
        <div className="field">
          <label htmlFor={inputId}>{t('backup.restore.pick')}</label>
          <input ref={input} id={inputId} type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />
        </div>
      )}
      <div aria-live="polite">{state.step === 'reading' && <p>{t('backup.restore.reading', { file: state.file })}</p>}</div>
      {state.step === 'error' && (
        <p role="alert" className="backup-error">
          {state.message}
        </p>
      )}
      {(state.step === 'preview' || state.step === 'importing') && (
        <>
          <RestorePreview prepared={state.prepared} policy={policy} onPolicy={setPolicy} />
          <div className="btn-row">
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void confirm(state.prepared)}>
              {state.step === 'importing' ? t('backup.restore.importing') : t('backup.restore.confirm')}
            </button>
            <button type="button" className="btn" disabled={busy} onClick={reset}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
      {state.step === 'done' && (
        <>
          <p role="status" className="backup-done">
            {t('backup.restore.done', { file: state.file, ...sumCounts(state.counts) })}
          </p>
          <button type="button" className="btn" onClick={reset}>
            {t('backup.restore.another')}
          </button>
        </>
      )}
    </div>
  );
}
