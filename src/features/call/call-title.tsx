/** The call bar's title: the case's company, or that the call has no case yet. */
import { Icon, type IconName } from '../../components/icon';
import { useCase } from '../../db/hooks/cases';
import type { CallTimer } from '../../domain/types';
import { useT } from '../../i18n/use-t';

export function CallTitle({ timer, icon }: { timer: CallTimer; icon: IconName }) {
  const t = useT();
  const c = useCase(timer.caseId ?? '');
  const title = timer.caseId ? (c ? t('timer.callWith', { company: c.company }) : t('timer.bar')) : t('timer.callNoCase');
  return (
    <span className="call-bar-title">
      <Icon name={icon} size={18} />
      <span className="call-bar-name">{title}</span>
    </span>
  );
}
