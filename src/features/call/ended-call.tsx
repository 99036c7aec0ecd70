/**
 * An ended call waiting to be logged: its fixed talk and hold times, "Call ended: log it" (the log
 * form with the times filled in) and "Discard" (with undo). Hidden on that log form itself.
 */
import { Link, useLocation } from 'wouter';
import { Icon } from '../../components/icon';
import { callDurations, formatElapsed } from '../../domain/timer';
import type { CallTimer } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { CallTitle } from './call-title';
import { logHrefForCall } from './log-link';
import { useTimerWrite } from './use-timer-write';

export function EndedCall({ timer }: { timer: CallTimer }) {
  const t = useT();
  const [path] = useLocation();
  const { busy, discard } = useTimerWrite();
  const d = callDurations(timer, timer.endedAt ?? Date.now());
  const href = logHrefForCall(d);
  if (path === href.split('?')[0]) return null;
  return (
    <section className="call-bar call-bar-ended" aria-label={t('timer.endedBar')}>
      <div className="call-bar-info">
        <CallTitle timer={timer} icon="check" />
        <span className="call-bar-times">
          <span>{t('timer.talkTime', { time: formatElapsed(d.talkSec) })}</span>
          <span>{t('timer.holdTime', { time: formatElapsed(d.holdSec) })}</span>
        </span>
      </div>
      <div className="call-bar-actions">
        <Link href={href} className="btn btn-primary call-bar-end">
          {t('timer.logEnded')}
        </Link>
        <button type="button" className="btn btn-ghost icon-btn" disabled={busy} aria-label={t('timer.discardLabel')} title={t('timer.discard')} onClick={() => void discard()}>
          <Icon name="trash" />
        </button>
      </div>
    </section>
  );
}
