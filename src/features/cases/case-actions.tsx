/** Status actions of a case: edit, resolve, close or reopen, delete with undo. */
import { useFailureText } from '../../components/failure-text';
import { editCaseLink, ROUTES } from '../../lib/routes';
import { Link, useLocation } from 'wouter';
import { OPEN_STATUSES, type CaseRecord } from '../../domain/types';
import { deleteCase, restoreCase, setCaseStatus } from '../../db/repositories/case-repo';
import { useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';

export function CaseActions({ c }: { c: CaseRecord }) {
  const t = useT();
  const describeFailure = useFailureText();
  const show = useToastStore((s) => s.show);
  const [, navigate] = useLocation();
  const open = OPEN_STATUSES.includes(c.status);

  async function run(action: () => Promise<void>, message: string) {
    try {
      await action();
      show({ message, tone: 'success' });
    } catch (error) {
      show({ message: describeFailure(error), tone: 'error' });
    }
  }

  async function remove() {
    try {
      await deleteCase(c.id);
      navigate(ROUTES.cases, { replace: true });
      show({ message: t('case.deleted'), tone: 'info', action: { label: t('common.undo'), run: () => restoreCase(c.id) } });
    } catch (error) {
      show({ message: describeFailure(error), tone: 'error' });
    }
  }

  return (
    <div className="btn-row case-actions" role="group" aria-label={t('case.actions')}>
      <Link href={editCaseLink(c.id)} className="btn btn-small">
        {t('case.edit')}
      </Link>
      {open && (
        <button type="button" className="btn btn-small" onClick={() => void run(() => setCaseStatus(c.id, 'resolved'), t('log.resolved'))}>
          {t('case.resolve')}
        </button>
      )}
      {open ? (
        <button type="button" className="btn btn-small" onClick={() => void run(() => setCaseStatus(c.id, 'closed'), t('case.closed'))}>
          {t('case.close')}
        </button>
      ) : (
        <button type="button" className="btn btn-small" onClick={() => void run(() => setCaseStatus(c.id, 'in-progress'), t('case.reopened'))}>
          {t('case.reopen')}
        </button>
      )}
      <button type="button" className="btn btn-small btn-danger" onClick={() => void remove()}>
        {t('case.delete')}
      </button>
    </div>
  );
}
