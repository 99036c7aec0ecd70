/**
 * The bar shown on every screen while a call is timed: talk and hold time, the talking / on-hold
 * switch, "End call" (opens the log form with the times filled in) and "Discard" (with undo). Once
 * ended, the call stays in the bar until it is logged or discarded (see ended-call.tsx).
 */
import { useLocation } from 'wouter';
import { Icon } from '../../components/icon';
import { useCallTimer } from '../../db/hooks/call-timer';
import { endCall, holdCall, resumeCall } from '../../db/repositories/timer-repo';
import { formatElapsed, holdSeconds, talkSeconds, timerState } from '../../domain/timer';
import type { CallTimer } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { useTickingNow } from '../../stores/timer-store';
import { CallTitle } from './call-title';
import { EndedCall } from './ended-call';
import { logHrefForCall } from './log-link';
import { useTimerWrite } from './use-timer-write';
import './call-bar.css';

export function CallBar() {
  const timer = useCallTimer();
  if (!timer) return null;
  if (timerState(timer) === 'ended') return <EndedCall timer={timer} />;
  return <RunningCall timer={timer} />;
}

function RunningCall({ timer }: { timer: CallTimer }) {
  const t = useT();
  const now = useTickingNow(true);
  const [, navigate] = useLocation();
  const { busy, run, discard } = useTimerWrite();
  const state = timerState(timer);

  async function end() {
    const d = await run(() => endCall(Date.now()));
    if (d) navigate(logHrefForCall(d));
  }

  return (
    <section className={`call-bar call-bar-${state}`} aria-label={t('timer.bar')}>
      <div className="call-bar-info">
        <CallTitle timer={timer} icon={state === 'hold' ? 'pause' : 'phone'} />
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
