/** Attach photos, screenshots and PDFs to a case, or to one interaction of it. */
import { useId } from 'react';
import { DraftStatus } from '../../components/draft-status';
import { Field } from '../../components/field';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';
import { useDirtyForm } from '../../stores/use-dirty-form';
import { AttachNotice } from './attach-notice';
import { ChosenFiles } from './chosen-files';
import { FilePickers } from './file-pickers';
import { useAttach } from './use-attach';
import './evidence.css';

export interface AttachEvidenceProps {
  caseId: string;
  interactionId?: string;
  /** Called once every chosen file is stored. */
  onDone?: () => void;
  onCancel?: () => void;
}

export function AttachEvidence({ caseId, interactionId, onDone, onCancel }: AttachEvidenceProps) {
  const t = useT();
  const titleId = useId();
  const show = useToastStore((s) => s.show);
  const form = useAttach(caseId, interactionId, (count, complete) => {
    show({ tone: 'success', message: t('evidence.saved', { count }) });
    if (complete) onDone?.();
  });
  // Kind and note are kept as a draft; chosen files cannot be, so they hold back a reload.
  useDirtyForm(form.files.length > 0);

  if (!form.draft.ready) return <p className="muted">{t('common.loading')}</p>;

  return (
    <form
      className="attach-evidence"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.save();
      }}
    >
      <h3 id={titleId}>{t('evidence.attachTitle')}</h3>
      <DraftStatus draft={form.draft} preview={(d) => d.note} />
      <FilePickers onChoose={form.choose} rejected={form.rejected} />
      <ChosenFiles files={form.files} onRemove={form.remove} />
      <Field label={t('evidence.kind')}>
        <select value={form.kind} onChange={(e) => form.setKind(e.target.value as EvidenceKind)}>
          {EVIDENCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`evidence.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('evidence.note')} optional={t('common.optional')}>
        <textarea value={form.note} onChange={(e) => form.setNote(e.target.value)} rows={2} />
      </Field>
      <AttachNotice notice={form.notice} onAcceptWarning={() => void form.save(true)} saving={form.saving} />
      <div className="btn-row">
        <button type="submit" className="btn btn-primary" disabled={form.saving}>
          {form.saving ? t('evidence.saving') : form.files.length > 0 ? t('evidence.saveCount', { count: form.files.length }) : t('evidence.save')}
        </button>
        {onCancel && (
          <button type="button" className="btn" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
