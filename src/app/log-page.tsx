import { InteractionForm } from '../features/log/interaction-form';

export function LogPage({ caseId }: { caseId?: string }) {
  return <InteractionForm caseId={caseId} />;
}
