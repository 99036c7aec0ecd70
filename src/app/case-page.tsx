/** The case screen composes the case's own detail with the panels other features contribute. */
import { CaseExportButton } from '../features/backup/case-export-button';
import { CaseDetail } from '../features/cases/case-detail';
import { DossierCard } from '../features/dossier/dossier-card';
import { EvidencePanel } from '../features/evidence/evidence-panel';
import { StartCallButton } from '../features/timer/start-call-button';

export function CasePage({ id }: { id: string }) {
  return <CaseDetail id={id} actions={<StartCallButton caseId={id} className="btn" />} side={<><EvidencePanel caseId={id} /><DossierCard caseId={id} /><CaseExportButton caseId={id} className="btn btn-block" /></>} />;
}
