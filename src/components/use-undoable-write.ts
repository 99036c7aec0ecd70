/** Runs a write, then confirms with an undo toast; a failure shows what went wrong. */
import { useFailureText } from './failure-text';
import { useCallback } from 'react';
import { useT } from '../i18n/use-t';
import { useToastStore } from '../stores/toast-store';

/** `undo` takes back what `write` did, given what `write` returned. */
export function useUndoableWrite<Token>(undo: (token: Token) => Promise<unknown>): (write: () => Promise<Token>, message: string) => Promise<boolean> {
  const t = useT();
  const describeFailure = useFailureText();
  const show = useToastStore((s) => s.show);
  return useCallback(
    async (write, message) => {
      try {
        const token = await write();
        show({
          message,
          tone: 'success',
          action: {
            label: t('attention.undo'),
            run: async () => {
              try {
                await undo(token);
              } catch (error) {
                show({ message: describeFailure(error), tone: 'error' });
              }
            },
          },
        });
        return true;
      } catch (error) {
        show({ message: describeFailure(error), tone: 'error' });
        return false;
      }
    },
    [describeFailure, show, t, undo],
  );
}
