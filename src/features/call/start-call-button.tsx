/** "Start call": starts the call timer, for a case or before choosing one. */
import { useFailureText } from '../../components/failure-text';
import { deviceZone } from '../../lib/device-zone';
import { useState } from 'react';
import { Icon } from '../../components/icon';
import { useCallTimer } from '../../db/hooks/call-timer';
import { startCall } from '../../db/repositories/timer-repo';
import { timerState } from '../../domain/timer';
import { useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';


export function StartCallButton({ caseId, className = 'btn btn-block' }: { caseId?: string; className?: string }) {
  const t = useT();
  const describeFailure = useFailureText();
  const timer = useCallTimer();
  const show = useToastStore((s) => s.show);
  const [busy, setBusy] = useState(false);
  const running = Boolean(timer);
  // An ended call waits in the bar: it is logged or discarded before another one starts.
  const label = !timer ? t('timer.start') : timerState(timer) === 'ended' ? t('timer.endedWaiting') : t('timer.alreadyRunning');

  async function start() {
    setBusy(true);
    try {
      await startCall(caseId, Date.now(), deviceZone());
    } catch (error) {
      show({ tone: 'error', message: describeFailure(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className={className} onClick={() => void start()} disabled={busy || running || timer === undefined}>
      <Icon name="phone" />
      {label}
    </button>
  );
}
