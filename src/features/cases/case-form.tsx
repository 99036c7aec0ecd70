/** Create or edit a case. Input is kept as a draft until saved; bad input is answered field by field. */
import { UndecidedMerge, useFailureText } from '../../components/failure-text';
import { deviceZone } from '../../lib/device-zone';
import { caseLink } from '../../lib/routes';
import type { FormEvent } from 'react';
import { useLocation } from 'wouter';
import { Field } from '../../components/field';
import { ErrorSummary } from '../../components/form-status';
import { Options } from '../../components/select-options';
import { useFormSubmit } from '../../components/use-form-submit';
import { caseToForm, emptyCaseForm, validateCaseForm, type CaseFormValues } from '../../domain/case-form';
import { todayIn } from '../../domain/interaction-form';
import { CASE_OUTCOMES, CASE_STATUSES, PAYMENT_METHODS, REASONS, REGIONS, REQUEST_KINDS, type Settings } from '../../domain/types';
import { useCaseBundle } from '../../db/hooks/cases';
import { useSettings } from '../../db/hooks/settings';
import { createCase, updateCase, type CaseSnapshot } from '../../db/repositories/case-repo';
import { useEditDraft } from '../../db/hooks/use-edit-draft';
import { DraftStatus } from '../../components/draft-status';
import { MergePanel } from '../../components/merge-panel';

import { plainText, type Edit } from '../../domain/merge';
import { revisionOf } from '../../lib/ids';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { useDraftForm } from '../../stores/draft-registry';
import { useToastStore } from '../../stores/toast-store';
import { ChargesEditor } from './charges-editor';
import { CompanyInput } from './company-input';
import { RefundsEditor } from './refunds-editor';
import './case-form.css';

export function CaseForm({ caseId }: { caseId?: string }) {
  const settings = useSettings();
  // The form edits the case and its charges: no contact needs reading.
  const bundle = useCaseBundle(caseId ?? '', { recentInteractions: 0 });
  const t = useT();
  if (!settings || (caseId && bundle === undefined)) return <p className="muted">{t('common.loading')}</p>;
  if (caseId && !bundle) return <p className="empty">{t('case.notFound')}</p>;
  const initial = (): Edit<CaseFormValues> => {
    if (!bundle) return { values: emptyCaseForm() };
    const values = caseToForm(bundle.case, bundle.charges);
    return { values, base: { rev: revisionOf(bundle.case), values } };
  };
  return <CaseFormInner key={caseId ?? 'new'} caseId={caseId} initial={initial} settings={settings} />;
}

interface InnerProps {
  caseId: string | undefined;
  initial: () => Edit<CaseFormValues>;
  settings: Settings;
}

const storedCase = (s: CaseSnapshot) => ({ values: caseToForm(s.case, s.charges), rev: revisionOf(s.case) });
/** The label key of each field a merge can show. */
const FIELD_LABELS: Record<keyof CaseFormValues, MessageKey> = {
  company: 'caseForm.company',
  product: 'caseForm.product',
  reason: 'caseForm.reason',
  accountId: 'caseForm.accountId',
  region: 'caseForm.region',
  paymentMethod: 'caseForm.paymentMethod',
  subscriptionStartedOn: 'caseForm.startedOn',
  cancelledOn: 'caseForm.cancelledOn',
  requestKind: 'caseForm.requestKind',
  request: 'caseForm.requestText',
  status: 'caseForm.status',
  outcome: 'caseForm.outcome',
  refunded: 'caseForm.outcomeSection',
  charges: 'caseForm.charges',
};

function CaseFormInner({ caseId, initial, settings }: InnerProps) {
  const t = useT();
  const describeFailure = useFailureText();
  const [, navigate] = useLocation();
  const showToast = useToastStore((s) => s.show);
  const edit = useEditDraft<CaseFormValues, CaseSnapshot>(caseId ? `case:edit:${caseId}` : 'case:new', initial, storedCase);
  const { draft, values: v, set } = edit;
  const form = useFormSubmit((error) => describeFailure(error, 'save'));
  useDraftForm(draft.flush);
  const today = todayIn(Date.now(), deviceZone());
  const err = (path: string) => (form.errors[path] ? t(`fieldError.${form.errors[path]}` as MessageKey) : undefined);

  const onSubmit = (e: FormEvent) => {
    const result = validateCaseForm(v, today);
    return form.submit(
      e,
      () => (result.ok ? {} : result.errors),
      async () => {
        if (!result.ok) return;
        if (edit.undecided) throw new UndecidedMerge();
        const id = await edit.save(async (ctx) => {
          if (!caseId) return createCase(result.input, { draftKey: ctx.draftKey });
          await updateCase(caseId, result.input, ctx);
          return caseId;
        });
        showToast({ message: t('caseForm.saved'), tone: 'success' });
        navigate(caseLink(id), { replace: !caseId });
      },
    );
  };
  const { errors, failure, saving, formRef } = form;

  if (!draft.ready) return <p className="muted">{t('common.loading')}</p>;
  return (
    <form ref={formRef} className="case-form" onSubmit={onSubmit} noValidate aria-labelledby="case-form-title">
      <h1 id="case-form-title">{caseId ? t('caseForm.editTitle') : t('caseForm.newTitle')}</h1>
      <DraftStatus draft={draft} preview={(d) => [d.values.company, d.values.product, d.values.request].filter(Boolean).join(' · ')} />
      <ErrorSummary count={Object.keys(errors).length} failure={failure} />
      {draft.value.conflict && <MergePanel conflict={draft.value.conflict} label={(k) => t(FIELD_LABELS[k as keyof CaseFormValues] ?? 'merge.title')} show={(_k, value) => plainText(value)} onChoose={edit.choose} />}
      <fieldset>
        <legend>{t('caseForm.about')}</legend>
        <Field label={t('caseForm.company')} hint={t('caseForm.companyHint')} error={err('company')}>
          <CompanyInput value={v.company} onChange={(company) => set({ company })} />
        </Field>
        <Field label={t('caseForm.product')} optional={t('common.optional')} error={err('product')}>
          <input value={v.product} onChange={(e) => set({ product: e.target.value })} />
        </Field>
        <Field label={t('caseForm.reason')} error={err('reason')}>
          <select value={v.reason} onChange={(e) => set({ reason: e.target.value })}>
            <Options codes={REASONS} prefix="reason" placeholder={t('caseForm.reasonPlaceholder')} />
          </select>
        </Field>
        <Field label={t('caseForm.accountId')} optional={t('common.optional')} error={err('accountId')}>
          <input value={v.accountId} autoComplete="off" onChange={(e) => set({ accountId: e.target.value })} />
        </Field>
      </fieldset>
      <ChargesEditor charges={v.charges} errors={errors} defaultCurrency={settings.defaultCurrency} today={today} onChange={(charges) => set({ charges })} />
      <fieldset>
        <legend>{t('caseForm.request')}</legend>
        <Field label={t('caseForm.requestKind')} error={err('requestKind')}>
          <select value={v.requestKind} onChange={(e) => set({ requestKind: e.target.value })}>
            <Options codes={REQUEST_KINDS} prefix="requestKind" />
          </select>
        </Field>
        <Field label={t('caseForm.requestText')} hint={t('caseForm.requestHint')} optional={t('common.optional')} error={err('request')}>
          <textarea value={v.request} onChange={(e) => set({ request: e.target.value })} />
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('caseForm.subscription')}</legend>
        <div className="field-row">
          <Field label={t('caseForm.startedOn')} optional={t('common.optional')} error={err('subscriptionStartedOn')}>
            <input type="date" max={today} value={v.subscriptionStartedOn} onChange={(e) => set({ subscriptionStartedOn: e.target.value })} />
          </Field>
          <Field label={t('caseForm.cancelledOn')} optional={t('common.optional')} error={err('cancelledOn')}>
            <input type="date" max={today} value={v.cancelledOn} onChange={(e) => set({ cancelledOn: e.target.value })} />
          </Field>
        </div>
        <div className="field-row">
          <Field label={t('caseForm.paymentMethod')} error={err('paymentMethod')}>
            <select value={v.paymentMethod} onChange={(e) => set({ paymentMethod: e.target.value })}>
              <Options codes={PAYMENT_METHODS} prefix="payment" placeholder={t('caseForm.paymentUnknown')} />
            </select>
          </Field>
          <Field label={t('caseForm.region')} error={err('region')}>
            <select value={v.region} onChange={(e) => set({ region: e.target.value })}>
              <Options codes={REGIONS} prefix="region" placeholder={`${t('caseForm.regionDefault')}: ${t(`region.${settings.homeRegion}`)}`} />
            </select>
          </Field>
        </div>
      </fieldset>
      {caseId && (
        <fieldset>
          <legend>{t('caseForm.outcomeSection')}</legend>
          <div className="field-row">
            <Field label={t('caseForm.status')} error={err('status')}>
              <select value={v.status} onChange={(e) => set({ status: e.target.value })}>
                <Options codes={CASE_STATUSES} prefix="status" />
              </select>
            </Field>
            <Field label={t('caseForm.outcome')} error={err('outcome')}>
              <select value={v.outcome} onChange={(e) => set({ outcome: e.target.value })}>
                <Options codes={CASE_OUTCOMES} prefix="outcome" placeholder={t('caseForm.outcomeNone')} />
              </select>
            </Field>
          </div>
          <RefundsEditor
            refunds={v.refunded}
            errors={errors}
            nextCurrency={v.charges.map((ch) => ch.currency).find((cur) => !v.refunded.some((r) => r.currency === cur)) ?? settings.defaultCurrency}
            onChange={(refunded) => set({ refunded })}
          />
        </fieldset>
      )}
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => history.back()}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? t('common.saving') : t('caseForm.save')}
        </button>
      </div>
    </form>
  );
}
