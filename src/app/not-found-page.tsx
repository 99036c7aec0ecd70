import { ROUTES } from '../lib/routes';
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';

export function NotFoundPage() {
  const t = useT();
  return (
    <section className="card">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link href={ROUTES.home} className="btn btn-primary">
        {t('notFound.home')}
      </Link>
    </section>
  );
}
