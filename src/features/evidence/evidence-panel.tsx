/** A case's evidence: the files with thumbnails, full-size view, delete with undo, and the attach form. */
import { useId, useState } from 'react';
import { Icon } from '../../components/icon';
import { useCaseEvidence } from '../../db/evidence-hooks';
import { useT } from '../../i18n/use-t';
import { AttachEvidence } from './attach-evidence';
import { EvidenceItem } from './evidence-item';
import './evidence.css';

export function EvidencePanel({ caseId }: { caseId: string }) {
  const t = useT();
  const titleId = useId();
  const items = useCaseEvidence(caseId);
  const [attaching, setAttaching] = useState(false);
  return (
    <section className="card evidence-panel" aria-labelledby={titleId}>
      <div className="evidence-panel-head">
        <h2 id={titleId}>{t('evidence.title')}</h2>
        {!attaching && (
          <button type="button" className="btn btn-small" onClick={() => setAttaching(true)}>
            <Icon name="plus" />
            {t('evidence.attach')}
          </button>
        )}
      </div>
      {attaching && <AttachEvidence caseId={caseId} onDone={() => setAttaching(false)} onCancel={() => setAttaching(false)} />}
      {items && items.length === 0 && !attaching && <p className="muted">{t('evidence.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="list evidence-list">
          {items.map((e) => (
            <EvidenceItem key={e.id} evidence={e} />
          ))}
        </ul>
      )}
    </section>
  );
}
