/** The case screen composes the case's own detail with the panels other features contribute. */
import { CaseDetail } from '../features/cases/case-detail';

export function CasePage({ id }: { id: string }) {
  return <CaseDetail id={id} />;
}
