/** The facts of a case as a compact definition list; empty facts are left out. */
import type { CaseRecord } from '../../domain/types';
import { useFormat, useT } from '../../i18n/use-t';

export function CaseFacts({ c }: { c: CaseRecord }) {
  const t = useT();
  const f = useFormat();
  const rows: [string, string][] = [
    [t('case.reason'), t(`reason.${c.reason}`)],
    [t('case.account'), c.accountId],
    [t('case.payment'), c.paymentMethod ? t(`payment.${c.paymentMethod}`) : ''],
    [t('case.region'), c.region ? t(`region.${c.region}`) : ''],
    [t('case.started'), c.subscriptionStartedOn ? f.date(c.subscriptionStartedOn) : ''],
    [t('case.cancelled'), c.cancelledOn ? f.date(c.cancelledOn) : ''],
    [t('case.request'), [t(`requestKind.${c.requestKind}`), c.request].filter(Boolean).join(': ')],
    [t('case.opened'), f.instant(c.createdAt, c.timeZone)],
  ];
  return (
    <dl className="facts">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
