/** The fields of the log form, most used first; the rarely used ones fold under "More details". */
import { Field } from '../../components/field';
import { Options } from '../../components/select-options';
import type { FormErrors } from '../../domain/case-form';
import { formatDuration, zoneAbbreviation } from '../../domain/dates';
import { PROMISE_OUTCOMES } from '../../domain/interaction-form';
import { DIRECTIONS, INTERACTION_OUTCOMES, REASONS } from '../../domain/types';
import { useCase, useCaseList } from '../../db/hooks/cases';
import { useAgentSuggestions } from '../../db/hooks/companies';
import type { MessageKey } from '../../i18n/messages';
import { useFormat, useT } from '../../i18n/use-t';
import { ChannelPicker } from './channel-picker';
import { NEW_CASE, type LogFormValues } from './log-values';
import { ReferencesEditor } from './references-editor';

interface Props {
  value: LogFormValues;
  errors: FormErrors;
  fixedCase: boolean;
  onChange: (patch: Partial<LogFormValues>) => void;
}

export function InteractionFields({ value: v, errors, fixedCase, onChange }: Props) {
  const t = useT();
  const f = useFormat();
  const openCases = useCaseList('open', 100);
  const current = useCase(v.caseId === NEW_CASE ? '' : v.caseId);
  const agents = useAgentSuggestions(current?.companyKey ?? '');
  const err = (path: string) => (errors[path] ? t(`fieldError.${errors[path]}` as MessageKey) : undefined);
  return (
    <>
      {!fixedCase && (
        <Field label={t('log.case')} error={err('caseId')}>
          <select value={v.caseId} onChange={(e) => onChange({ caseId: e.target.value })}>
            <option value="">{t('log.casePlaceholder')}</option>
            {openCases?.map((c) => (
              <option key={c.id} value={c.id}>
                {[c.company, c.product].filter(Boolean).join(' · ')}
              </option>
            ))}
            <option value={NEW_CASE}>{`+ ${t('log.newCaseInstead')}`}</option>
          </select>
        </Field>
      )}
      {v.caseId === NEW_CASE && (
        <div className="field-row">
          <Field label={t('caseForm.company')} error={err('newCompany')}>
            <input value={v.newCompany} autoComplete="organization" onChange={(e) => onChange({ newCompany: e.target.value })} />
          </Field>
          <Field label={t('caseForm.reason')} error={err('newReason')}>
            <select value={v.newReason} onChange={(e) => onChange({ newReason: e.target.value })}>
              <Options codes={REASONS} prefix="reason" placeholder={t('caseForm.reasonPlaceholder')} />
            </select>
          </Field>
        </div>
      )}
      <ChannelPicker label={t('log.channel')} value={v.channel} onChange={(channel) => onChange({ channel })} />
      <Field label={t('log.when')} hint={t('log.whenHint', { zone: zoneAbbreviation(Date.now(), v.timeZone, f.lang) })} error={err('occurredAt')}>
        <input type="datetime-local" value={v.occurredAt} onChange={(e) => onChange({ occurredAt: e.target.value })} />
      </Field>
      {(v.talkSec !== undefined || v.holdSec !== undefined) && (
        <p className="timer-note">{t('log.callTimes', { talk: formatDuration(v.talkSec ?? 0), hold: formatDuration(v.holdSec ?? 0) })}</p>
      )}
      <Field label={t('log.agentName')} optional={t('common.optional')} error={err('agentName')}>
        <input value={v.agentName} list="agent-names" autoComplete="off" onChange={(e) => onChange({ agentName: e.target.value })} />
      </Field>
      <datalist id="agent-names">
        {agents.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <ReferencesEditor refs={v.references} errors={errors} onChange={(references) => onChange({ references })} />
      <Field label={t('log.summary')} hint={t('log.summaryHint')} optional={t('common.optional')} error={err('summary')}>
        <textarea value={v.summary} onChange={(e) => onChange({ summary: e.target.value })} />
      </Field>
      <Field label={t('log.outcome')} error={err('outcome')}>
        <select value={v.outcome} onChange={(e) => onChange({ outcome: e.target.value })}>
          <Options codes={INTERACTION_OUTCOMES} prefix="ioutcome" placeholder={t('log.outcomePlaceholder')} />
        </select>
      </Field>
      {(PROMISE_OUTCOMES.includes(v.outcome) || v.promisedBy) && (
        <Field label={t('log.promisedBy')} optional={t('common.optional')} error={err('promisedBy')}>
          <input type="date" value={v.promisedBy} onChange={(e) => onChange({ promisedBy: e.target.value })} />
        </Field>
      )}
      <details className="log-more" open={!!(errors.durationMin || errors.agentId || errors.direction)}>
        <summary>{t('log.more')}</summary>
        <Field label={t('log.direction')} error={err('direction')}>
          <select value={v.direction} onChange={(e) => onChange({ direction: e.target.value })}>
            <Options codes={DIRECTIONS} prefix="direction" />
          </select>
        </Field>
        <div className="field-row">
          <Field label={t('log.duration')} optional={t('common.optional')} error={err('durationMin')}>
            <input inputMode="decimal" value={v.durationMin} onChange={(e) => onChange({ durationMin: e.target.value })} />
          </Field>
          <Field label={t('log.agentId')} optional={t('common.optional')} error={err('agentId')}>
            <input value={v.agentId} autoComplete="off" onChange={(e) => onChange({ agentId: e.target.value })} />
          </Field>
        </div>
      </details>
    </>
  );
}
