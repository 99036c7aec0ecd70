import { CaseDetail } from '../features/cases/case-detail';

export function CasePage({ id }: { id: string }) {
  return <CaseDetail id={id} />;
}
