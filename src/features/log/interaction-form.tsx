/**
 * Log (or edit) one contact with a company. Built for a phone in the middle of a chat or call: the time
 * is now, the channel is the last one used, one tap saves, and everything typed is kept as a draft.
 */
import { UndecidedMerge, useFailureText } from '../../components/failure-text';
import { deviceZone } from '../../lib/device-zone';
import { caseLink } from '../../lib/routes';
import { useCallback, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { ErrorSummary } from '../../components/form-status';
import { useFormSubmit } from '../../components/use-form-submit';
import type { FormErrors } from '../../domain/case-form';
import { interactionToForm, newInteractionForm, todayIn } from '../../domain/interaction-form';
import { validateLogForm } from '../../domain/log-form';
import type { CallTimer, Interaction, Settings } from '../../domain/types';
import { useCallTimer } from '../../db/hooks/call-timer';
import { useInteraction } from '../../db/hooks/cases';
import { useSettings } from '../../db/hooks/settings';
import { logInteraction, logInteractionWithNewCase, updateInteraction } from '../../db/repositories/interaction-repo';
import { useEditDraft } from '../../db/hooks/use-edit-draft';
import { DraftStatus } from '../../components/draft-status';
import { MergePanel } from '../../components/merge-panel';
import { plainText, type Edit } from '../../domain/merge';
import { revisionOf } from '../../lib/ids';
import type { MessageKey } from '../../i18n/messages';
import { useEndedCallTimes } from './use-ended-call-times';
import { useT } from '../../i18n/use-t';
import { useDraftForm } from '../../stores/draft-registry';
import { InteractionFields } from './interaction-fields';
import { formPrefill } from './call-prefill';
import { applyPrefill, type LogPrefill } from './log-prefill';
import { NEW_CASE, type LogFormValues } from './log-values';
import { useSaveFeedback } from './use-save-feedback';
import './log.css';


export function InteractionForm({ caseId, interactionId }: { caseId?: string; interactionId?: string }) {
  const settings = useSettings();
  const existing = useInteraction(interactionId ?? '');
  // An ended call timer fills in a new contact when the URL lost its times (see call-prefill.ts).
  const call = useCallTimer();
  const t = useT();
  if (!settings || call === undefined || (interactionId && existing === undefined)) return <p className="muted">{t('common.loading')}</p>;
  if (interactionId && !existing) return <p className="empty">{t('case.notFound')}</p>;
  return <InteractionFormInner key={interactionId ?? caseId ?? 'new'} caseId={caseId} existing={existing ?? undefined} settings={settings} call={call} />;
}

const storedContact = (i: Interaction) => ({ values: { ...interactionToForm(i), newCompany: '', newReason: '' }, rev: revisionOf(i) });
/** The label key of each field a merge can show. */
const FIELD_LABELS: Partial<Record<keyof LogFormValues, MessageKey>> = {
  caseId: 'log.case',
  occurredAt: 'log.when',
  channel: 'log.channel',
  direction: 'log.direction',
  durationMin: 'log.duration',
  agentName: 'log.agentName',
  agentId: 'log.agentId',
  references: 'log.references',
  summary: 'log.summary',
  outcome: 'log.outcome',
  promisedBy: 'log.promisedBy',
};

function InteractionFormInner({ caseId, existing, settings, call }: { caseId: string | undefined; existing: Interaction | undefined; settings: Settings; call: CallTimer | null }) {
  const t = useT();
  const describeFailure = useFailureText();
  const search = useSearch();
  const [, navigate] = useLocation();
  const { prefill, endedCallStartedAt } = formPrefill(search, call, caseId, !!existing);
  const initial = (): Edit<LogFormValues> => {
    const base: LogFormValues = existing ? { ...interactionToForm(existing), newCompany: '', newReason: '' } : { ...newInteractionForm(caseId ?? '', Date.now(), deviceZone(), settings.lastChannel), newCompany: '', newReason: '' };
    return { values: applyPrefill(base, prefill), ...(existing ? { base: { rev: revisionOf(existing), values: base } } : {}) };
  };
  const key = existing ? `interaction:edit:${existing.id}` : `interaction:new:${caseId ?? 'any'}`;
  const edit = useEditDraft<LogFormValues, Interaction>(key, initial, storedContact, (d) => applyPrefill(d, prefill));
  const { draft, values: v } = edit;
  const { setValue } = draft;
  const applyCall = useCallback((p: LogPrefill) => setValue((prev) => ({ ...prev, values: applyPrefill(prev.values, p) })), [setValue]);
  useEndedCallTimes(endedCallStartedAt, prefill, draft.ready, applyCall);
  const form = useFormSubmit((error) => describeFailure(error, 'save'));
  useDraftForm(draft.flush);
  const afterSave = useSaveFeedback();

  const onSubmit = (e: FormEvent) => {
    const now = Date.now();
    const newCase = v.caseId === NEW_CASE ? { company: v.newCompany, reason: v.newReason } : null;
    const result = validateLogForm(v, newCase, now, todayIn(now, deviceZone()));
    const check = (): FormErrors => (result.ok ? {} : result.errors);
    return form.submit(e, check, async () => {
      if (!result.ok) return;
      if (edit.undecided) throw new UndecidedMerge();
      const targetCase = await edit.save(async ({ draftKey, expectedRev }) => {
        if (result.kind === 'new-case') return (await logInteractionWithNewCase(result.caseInput, result.contact, { endedCallStartedAt, draftKey })).caseId;
        if (existing) await updateInteraction(existing.id, result.input, { draftKey, expectedRev });
        else await logInteraction(result.input, { endedCallStartedAt, draftKey });
        return result.input.caseId;
      });
      afterSave(targetCase, result.kind === 'new-case' ? result.contact.outcome : result.input.outcome, !!existing);
      // An edited contact may be far down a long timeline: come back to it, not to the newest entries.
      navigate(caseLink(targetCase, { interaction: existing?.id }), { replace: true });
    });
  };
  const { errors, failure, saving, formRef } = form;

  if (!draft.ready) return <p className="muted">{t('common.loading')}</p>;
  return (
    <form ref={formRef} className="log-form" onSubmit={onSubmit} noValidate aria-labelledby="log-form-title">
      <h1 id="log-form-title">{existing ? t('log.editTitle') : t('log.newTitle')}</h1>
      <DraftStatus draft={draft} preview={(d) => [d.values.newCompany, d.values.agentName, d.values.summary].filter(Boolean).join(' · ')} />
      <ErrorSummary count={Object.keys(errors).length} failure={failure} />
      {draft.value.conflict && (
        <MergePanel conflict={draft.value.conflict} label={(k) => t(FIELD_LABELS[k as keyof LogFormValues] ?? 'merge.title')} show={(_k, value) => plainText(value)} onChoose={edit.choose} />
      )}
      <InteractionFields value={v} errors={errors} fixedCase={!!caseId || !!existing} onChange={edit.set} />
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => history.back()}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? t('common.saving') : t('log.save')}
        </button>
      </div>
    </form>
  );
}
