/**
 * The case screen composes the case's own detail with the panels other features contribute. It waits
 * until the panels' data is known, so they appear with the case, in place, instead of pushing the
 * case's money and timeline down when they load.
 */
import { DeadlinesPanel } from '../features/deadlines/deadlines-panel';
import { NextStepsPanel } from '../features/follow-ups/next-steps-panel';
import { PlaybookPanel } from '../features/playbooks/playbook-panel';
import { useCasePanelsReady } from '../features/follow-ups/use-ready';
import { CaseExportButton } from '../features/backup/case-export-button';
import { CaseDetail } from '../features/cases/case-detail';
import { DossierCard } from '../features/dossier/dossier-card';
import { LettersCard } from '../features/letters/letters-card';
import { EvidencePanel } from '../features/evidence/evidence-panel';
import { Timeline } from '../features/timeline/timeline';
import { StartCallButton } from '../features/call/start-call-button';
import { PageLoading } from './page-loading';

export function CasePage({ id }: { id: string }) {
  if (!useCasePanelsReady(id)) return <PageLoading />;
  return (
    <CaseDetail
      id={id}
      top={<NextStepsPanel caseId={id} />}
      actions={<StartCallButton caseId={id} className="btn" />}
      timeline={<Timeline key={id} caseId={id} />}
      side={
        <>
          <div id="evidence">
            <EvidencePanel caseId={id} />
          </div>
          <DeadlinesPanel caseId={id} />
          <PlaybookPanel caseId={id} />
          <LettersCard caseId={id} />
          <DossierCard caseId={id} />
          <CaseExportButton caseId={id} className="btn btn-block" />
        </>
      }
    />
  );
}
