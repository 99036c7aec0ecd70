import { CaseForm } from '../features/cases/case-form';

export function EditCasePage({ id }: { id: string }) {
  return <CaseForm caseId={id} />;
}
