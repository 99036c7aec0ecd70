import { useT } from '../../i18n/use-t';

export function CaseForm() {
  const t = useT();
  return <h1>{t('nav.newCase')}</h1>;
}
