import { useCaseList } from '../../db/hooks';
import { useT } from '../../i18n/use-t';
import { CaseListItem } from './case-list-item';

export function CaseList() {
  const t = useT();
  const list = useCaseList('all', 50);
  return (
    <>
      <h1>{t('cases.title')}</h1>
      {list && list.length === 0 && <p className="empty">{t('cases.empty')}</p>}
      <ul className="list">{list?.map((c) => <CaseListItem key={c.id} c={c} />)}</ul>
    </>
  );
}
