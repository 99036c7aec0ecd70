/** After a contact is saved: say so, and when the refund was issued offer to resolve the case. */
import { useCallback } from 'react';
import type { InteractionOutcome } from '../../domain/types';
import { setCaseStatus } from '../../db/repositories/case-repo';
import { useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';

export function useSaveFeedback() {
  const t = useT();
  const show = useToastStore((s) => s.show);
  return useCallback(
    (caseId: string, outcome: InteractionOutcome, edited: boolean) => {
      if (outcome === 'refund-issued' && !edited) {
        show({
          message: `${t('log.saved')}. ${t('log.resolveOffer')}`,
          tone: 'success',
          duration: 12_000,
          action: {
            label: t('log.resolveYes'),
            run: async () => {
              await setCaseStatus(caseId, 'resolved');
              show({ message: t('log.resolved'), tone: 'success' });
            },
          },
        });
        return;
      }
      show({ message: t('log.saved'), tone: 'success' });
    },
    [show, t],
  );
}
