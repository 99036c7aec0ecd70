/** What a checked file holds, the choice for records on both sides, and what that choice will do. */
import { deviceZone } from '../../lib/device-zone';
import { useEffect, useState } from 'react';
import { MERGE_POLICIES, planImport, type ImportCounts, type MergePolicy } from '../../db/repositories/import-repo';
import type { PreparedImport } from '../../export/json/import-export';
import { useFormat, useT } from '../../i18n/use-t';
import { formatBytes } from '../../lib/bytes';


export function sumCounts(counts: ImportCounts) {
  const all = Object.values(counts);
  const sum = (k: keyof (typeof all)[number]) => all.reduce((n, c) => n + c[k], 0);
  return { added: sum('added'), replaced: sum('replaced'), kept: sum('kept'), unchanged: sum('unchanged') };
}

interface Props {
  prepared: PreparedImport;
  policy: MergePolicy;
  onPolicy: (p: MergePolicy) => void;
}

export function RestorePreview({ prepared, policy, onPolicy }: Props) {
  const t = useT();
  const f = useFormat();
  const [plan, setPlan] = useState<ImportCounts | null>(null);
  useEffect(() => {
    let live = true;
    setPlan(null);
    void planImport(prepared.records, policy).then((p) => live && setPlan(p), () => undefined);
    return () => {
      live = false;
    };
  }, [prepared, policy]);

  const { head, preview, fileName } = prepared;
  const stats: [string, string][] = [
    [t('backup.restore.cases'), f.number(preview.tables.cases.live)],
    [t('backup.restore.interactions'), f.number(preview.tables.interactions.live)],
    [t('backup.restore.charges'), f.number(preview.tables.charges.live)],
    [`${t('backup.restore.files')} (${formatBytes(preview.fileBytes, f.lang)})`, f.number(preview.files)],
  ];
  return (
    <div className="restore-preview">
      <p>
        {t('backup.restore.fileInfo', { file: fileName, date: f.instant(head.exportedAt, deviceZone()), version: head.appVersion })}{' '}
        {t(`backup.restore.scope.${head.scope}`)}
      </p>
      <dl className="stat-grid restore-stats">
        {stats.map(([label, value]) => (
          <div className="stat" key={label}>
            <dt className="stat-label">{label}</dt>
            <dd className="stat-value">{value}</dd>
          </div>
        ))}
      </dl>
      <p>{t('backup.restore.alreadyHere', { count: preview.casesAlreadyHere })}</p>
      <fieldset>
        <legend>{t('backup.restore.policy')}</legend>
        {MERGE_POLICIES.map((p) => (
          <label key={p} className="policy-choice">
            <input type="radio" name="merge-policy" value={p} checked={policy === p} onChange={() => onPolicy(p)} />
            <span>
              <span className="policy-label">{t(`backup.policy.${p}`)}</span>
              <span className="field-hint">{t(`backup.policy.${p}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p aria-live="polite" className="small">
        {plan ? t('backup.restore.plan', sumCounts(plan)) : '\u00a0'}
      </p>
    </div>
  );
}
