import { useT } from '../i18n/use-t';

export function PageLoading() {
  const t = useT();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}
