/**
 * Log (or edit) one contact with a company. Built for a phone in the middle of a chat or call: the time
 * is now, the channel is the last one used, one tap saves, and everything typed is kept as a draft.
 */
import { deviceZone } from '../../lib/device-zone';
import { caseLink } from '../../lib/routes';
import type { FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { DraftNotice, ErrorSummary } from '../../components/form-status';
import { useFormSubmit } from '../../components/use-form-submit';
import type { FormErrors } from '../../domain/case-form';
import { interactionToForm, newInteractionForm, todayIn } from '../../domain/interaction-form';
import { validateLogForm } from '../../domain/log-form';
import type { CallTimer, Interaction, Settings } from '../../domain/types';
import { classifyWriteError } from '../../lib/write-error';
import { useCallTimer } from '../../db/hooks/call-timer';
import { useInteraction } from '../../db/hooks/cases';
import { useSettings } from '../../db/hooks/settings';
import { logInteraction, logInteractionWithNewCase, updateInteraction } from '../../db/repositories/interaction-repo';
import { useDraft } from '../../db/hooks/use-draft';
import { useFormat, useT } from '../../i18n/use-t';
import { useDirtyForm } from '../../stores/use-dirty-form';
import { InteractionFields } from './interaction-fields';
import { formPrefill } from './call-prefill';
import { applyPrefill } from './log-prefill';
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

function InteractionFormInner({ caseId, existing, settings, call }: { caseId: string | undefined; existing: Interaction | undefined; settings: Settings; call: CallTimer | null }) {
  const t = useT();
  const f = useFormat();
  const search = useSearch();
  const [, navigate] = useLocation();
  const { prefill, endedCallStartedAt } = formPrefill(search, call, caseId, !!existing);
  const initial = (): LogFormValues => {
    const base = existing ? interactionToForm(existing) : newInteractionForm(caseId ?? '', Date.now(), deviceZone(), settings.lastChannel);
    return applyPrefill({ ...base, newCompany: '', newReason: '' }, prefill);
  };
  const key = existing ? `interaction:edit:${existing.id}` : `interaction:new:${caseId ?? 'any'}`;
  const draft = useDraft<LogFormValues>(key, initial, (d) => applyPrefill(d, prefill));
  const form = useFormSubmit((error) => t(`error.${classifyWriteError(error)}`));
  const afterSave = useSaveFeedback();
  const v = draft.value;
  useDirtyForm(draft.dirty, { warnOnUnload: false });

  const onSubmit = (e: FormEvent) => {
    const now = Date.now();
    const newCase = v.caseId === NEW_CASE ? { company: v.newCompany, reason: v.newReason } : null;
    const result = validateLogForm(v, newCase, now, todayIn(now, deviceZone()));
    const check = (): FormErrors => (result.ok ? {} : result.errors);
    return form.submit(e, check, async () => {
      if (!result.ok) return;
      let targetCase = v.caseId;
      if (result.kind === 'new-case') {
        targetCase = (await logInteractionWithNewCase(result.caseInput, result.contact, { endedCallStartedAt })).caseId;
      } else if (existing) await updateInteraction(existing.id, result.input);
      else await logInteraction(result.input, { endedCallStartedAt });
      // The record is written: a draft that fails to clear must not turn this into an error (and a second save).
      await draft.clear().catch(() => undefined);
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
      {draft.restoredAt && <DraftNotice time={f.instant(draft.restoredAt, deviceZone())} onDiscard={() => void draft.discard()} />}
      <ErrorSummary count={Object.keys(errors).length} failure={failure} />
      <InteractionFields value={v} errors={errors} fixedCase={!!caseId || !!existing} onChange={(patch) => draft.setValue((prev) => ({ ...prev, ...patch }))} />
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
