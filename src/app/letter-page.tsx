import { LetterEditor } from '../features/letters/letter-editor';

export function LetterPage({ caseId, kind }: { caseId: string; kind: string }) {
  return <LetterEditor caseId={caseId} kind={kind} />;
}
