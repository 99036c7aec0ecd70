/** Runs a follow-up write, then confirms with an undo toast; a failure shows what went wrong. */
import { useCallback } from 'react';
import { classifyWriteError } from '../../db/errors';
import { undoFollowUp, type UndoToken } from '../../db/repositories/follow-up-repo';
import { useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';

export function useMarkWrite(): (write: () => Promise<UndoToken>, message: string) => Promise<boolean> {
  const t = useT();
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
                await undoFollowUp(token);
              } catch (error) {
                show({ message: t(`error.${classifyWriteError(error)}`), tone: 'error' });
              }
            },
          },
        });
        return true;
      } catch (error) {
        show({ message: t(`error.${classifyWriteError(error)}`), tone: 'error' });
        return false;
      }
    },
    [show, t],
  );
}
