import { CaseForm } from '../features/cases/case-form';

export function NewCasePage() {
  return <CaseForm />;
}
