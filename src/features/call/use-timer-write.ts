/** Runs a call timer write, shows why it failed, and offers undo after a discard. */
import { useFailureText } from '../../components/failure-text';
import { useState } from 'react';
import { discardCall, restoreCall } from '../../db/repositories/timer-repo';
import { useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';

export function useTimerWrite() {
  const t = useT();
  const describeFailure = useFailureText();
  const show = useToastStore((s) => s.show);
  const [busy, setBusy] = useState(false);

  async function run<R>(write: () => Promise<R>): Promise<R | undefined> {
    setBusy(true);
    try {
      return await write();
    } catch (error) {
      show({ tone: 'error', message: describeFailure(error) });
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function discard() {
    const removed = await run(() => discardCall());
    if (!removed) return;
    show({ tone: 'info', message: t('timer.discarded'), action: { label: t('common.undo'), run: () => void run(() => restoreCall(removed)) } });
  }

  return { busy, run, discard };
}
