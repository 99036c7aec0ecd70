import { InteractionForm } from '../features/log/interaction-form';

export function EditInteractionPage({ caseId, interactionId }: { caseId: string; interactionId: string }) {
  return <InteractionForm caseId={caseId} interactionId={interactionId} />;
}
