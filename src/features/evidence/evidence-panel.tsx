/** A case's evidence: the files with thumbnails, full-size view, delete with undo, and the attach form. */
import { caseLink } from '../../lib/routes';
import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { Icon } from '../../components/icon';
import { useCaseEvidence } from '../../db/hooks/evidence';
import { useT } from '../../i18n/use-t';
import { AttachEvidence } from './attach-evidence';
import { EvidenceItem } from './evidence-item';
import './evidence.css';

export function EvidencePanel({ caseId }: { caseId: string }) {
  const t = useT();
  const titleId = useId();
  const items = useCaseEvidence(caseId);
  // `?attach=<interaction id>` (from a contact in the timeline) opens the form for that one contact.
  const forContact = new URLSearchParams(useSearch()).get('attach') ?? undefined;
  const [, navigate] = useLocation();
  const [attachingCase, setAttachingCase] = useState(false);
  const attaching = attachingCase || !!forContact;
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (forContact) section.current?.scrollIntoView?.({ block: 'start' });
  }, [forContact]);
  const close = () => {
    setAttachingCase(false);
    if (forContact) navigate(caseLink(caseId), { replace: true });
  };
  return (
    <section ref={section} className="card evidence-panel" aria-labelledby={titleId}>
      <div className="evidence-panel-head">
        <h2 id={titleId}>{t('evidence.title')}</h2>
        {!attaching && (
          <button type="button" className="btn btn-small" onClick={() => setAttachingCase(true)}>
            <Icon name="plus" />
            {t('evidence.attach')}
          </button>
        )}
      </div>
      {forContact && <p className="muted small">{t('evidence.forContact')}</p>}
      {attaching && <AttachEvidence key={forContact ?? 'case'} caseId={caseId} interactionId={forContact} onDone={close} onCancel={close} />}
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
