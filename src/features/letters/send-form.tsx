/**
 * "Record it as sent": the letter becomes a contact on the case (channel, time sent, tracking number)
 * with the reply date its kind sets, through the same repository as every logged contact.
 */
import { useState, type FormEvent } from 'react';
import { Field } from '../../components/field';
import { logInteraction } from '../../db/repositories/interaction-repo';
import { fromLocalInput, toLocalInput } from '../../domain/dates';
import { SEND_CHANNELS, sentLetterInteraction, type Letter, type SendChannel } from '../../domain/letters';
import type { IsoDate, Region } from '../../domain/types';
import { useFormat, useT } from '../../i18n/use-t';
import { deviceZone } from '../../lib/device-zone';
import { failureKey } from '../../components/failure-text';

interface Props {
  caseId: string;
  letter: Letter;
  region: Region;
  subject: string;
  body: string;
  blanksLeft: number;
}

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; replyBy?: IsoDate } | { kind: 'failed'; message: string };

export function SendForm({ caseId, letter, region, subject, body, blanksLeft }: Props) {
  const t = useT();
  const f = useFormat();
  const zone = deviceZone();
  const [channel, setChannel] = useState<SendChannel>(letter.kind === 'withdrawal-email' ? 'email' : 'letter');
  const [sentAt, setSentAt] = useState(() => toLocalInput(Date.now(), zone));
  const [tracking, setTracking] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [confirmBlanks, setConfirmBlanks] = useState(false);
  const at = fromLocalInput(sentAt, zone);
  const timeError = at === null ? t('fieldError.dateInvalid') : at > Date.now() + 5 * 60_000 ? t('fieldError.dateFuture') : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (state.kind === 'saving' || timeError || at === null) return;
    if (blanksLeft > 0 && !confirmBlanks) {
      setConfirmBlanks(true);
      return;
    }
    setState({ kind: 'saving' });
    const input = sentLetterInteraction({
      caseId,
      kind: letter.kind,
      region,
      channel,
      sentAt: at,
      timeZone: zone,
      ...(channel === 'letter' && tracking.trim() ? { tracking } : {}),
      summary: `${t('letters.send.summary', { title: subject })}\n\n${body}`,
    });
    try {
      await logInteraction(input);
      setState(input.promisedBy ? { kind: 'saved', replyBy: input.promisedBy } : { kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', message: t(failureKey(error, 'save')) });
    }
  };

  return (
    <form className="letter-send" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('letters.send.title')}</h3>
      <p className="small muted">{t('letters.send.intro')}</p>
      <fieldset className="chip-fieldset">
        <legend>{t('letters.send.channel')}</legend>
        <div className="chips">
          {SEND_CHANNELS.map((c) => (
            <label key={c} className="chip">
              <input type="radio" name="letter-channel" value={c} checked={channel === c} onChange={() => setChannel(c)} />
              {t(`letters.send.channel.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t('letters.send.sentAt')} error={timeError}>
        <input type="datetime-local" value={sentAt} onChange={(e) => setSentAt(e.target.value)} />
      </Field>
      {channel === 'letter' && (
        <Field label={t('letters.send.tracking')} hint={t('letters.send.trackingHint')} optional={t('common.optional')}>
          <input type="text" value={tracking} maxLength={300} autoComplete="off" onChange={(e) => setTracking(e.target.value)} />
        </Field>
      )}
      {confirmBlanks && blanksLeft > 0 && state.kind !== 'saved' && (
        <p role="alert" className="field-message">
          {t('letters.send.blanksLeft', { count: blanksLeft })}
        </p>
      )}
      {state.kind !== 'saved' && (
        <button type="submit" className="btn btn-primary btn-block" aria-disabled={state.kind === 'saving'}>
          {state.kind === 'saving' ? t('letters.send.recording') : t('letters.send.record')}
        </button>
      )}
      <div role="status">
        {state.kind === 'saved' && (
          <p className="letter-saved">{state.replyBy ? t('letters.send.recorded', { date: f.date(state.replyBy) }) : t('letters.send.recordedNoDate')}</p>
        )}
      </div>
      {state.kind === 'failed' && (
        <p role="alert" className="field-message">
          {state.message}
        </p>
      )}
    </form>
  );
}
