import { CaseList } from '../features/cases/case-list';

export function CasesPage() {
  return <CaseList />;
}
