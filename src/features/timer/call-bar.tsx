/**
 * The bar shown on every screen while a call is timed: talk and hold time, the talking / on-hold
 * switch, "End call" (opens the log form with the times filled in) and "Discard" (with undo).
 */
import { useState } from 'react';
import { useLocation } from 'wouter';
import { Icon } from '../../components/icon';
import { classifyWriteError } from '../../db/errors';
import { useCallTimer, useCase } from '../../db/hooks';
import { discardCall, endCall, holdCall, restoreCall, resumeCall } from '../../db/repositories/timer-repo';
import { formatElapsed, holdSeconds, talkSeconds, timerState } from '../../domain/timer';
import type { CallTimer } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';
import { useTickingNow } from '../../stores/timer-store';
import { logHrefForCall } from './log-link';
import './call-bar.css';

export function CallBar() {
  const timer = useCallTimer();
  if (!timer) return null;
  return <RunningCall timer={timer} />;
}

function RunningCall({ timer }: { timer: CallTimer }) {
  const t = useT();
  const now = useTickingNow(true);
  const c = useCase(timer.caseId ?? '');
  const [, navigate] = useLocation();
  const show = useToastStore((s) => s.show);
  const [busy, setBusy] = useState(false);
  const state = timerState(timer);

  async function run<R>(write: () => Promise<R>): Promise<R | undefined> {
    setBusy(true);
    try {
      return await write();
    } catch (error) {
      show({ tone: 'error', message: t(`error.${classifyWriteError(error)}`) });
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function end() {
    const d = await run(() => endCall(Date.now()));
    if (d) navigate(logHrefForCall(d));
  }

  async function discard() {
    const removed = await run(() => discardCall());
    if (!removed) return;
    show({ tone: 'info', message: t('timer.discarded'), action: { label: t('common.undo'), run: () => void run(() => restoreCall(removed)) } });
  }

  const title = timer.caseId ? (c ? t('timer.callWith', { company: c.company }) : t('timer.bar')) : t('timer.callNoCase');
  return (
    <section className={`call-bar call-bar-${state}`} aria-label={t('timer.bar')}>
      <div className="call-bar-info">
        <span className="call-bar-title">
          <Icon name={state === 'hold' ? 'pause' : 'phone'} size={18} />
          <span className="call-bar-name">{title}</span>
        </span>
        <span className="call-bar-times">
          <span>{t('timer.talkTime', { time: formatElapsed(talkSeconds(timer, now)) })}</span>
          <span>{t('timer.holdTime', { time: formatElapsed(holdSeconds(timer, now)) })}</span>
        </span>
      </div>
      <div className="call-bar-actions">
        <div className="call-bar-switch" role="group" aria-label={t('timer.state')}>
          <button type="button" className="chip" aria-pressed={state === 'talk'} disabled={busy} onClick={() => void run(() => resumeCall(Date.now()))}>
            {t('timer.talking')}
          </button>
          <button type="button" className="chip" aria-pressed={state === 'hold'} disabled={busy} onClick={() => void run(() => holdCall(Date.now()))}>
            {t('timer.onHold')}
          </button>
        </div>
        <button type="button" className="btn btn-primary call-bar-end" disabled={busy} onClick={() => void end()}>
          {t('timer.end')}
        </button>
        <button type="button" className="btn btn-ghost icon-btn" disabled={busy} aria-label={t('timer.discardLabel')} title={t('timer.discard')} onClick={() => void discard()}>
          <Icon name="trash" />
        </button>
      </div>
    </section>
  );
}
