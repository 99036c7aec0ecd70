import type { CaseStatus } from '../../domain/types';
import { useT } from '../../i18n/use-t';

export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useT();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
