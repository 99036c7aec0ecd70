/**
 * State and save flow of the attach form: chosen files (checked on choice), kind and note, the
 * storage check before writing, and the failures, none of which loses what was chosen or typed.
 * The kind and note are kept as a draft (key `evidence:<caseId>:<interactionId|case>`) so they
 * survive a reload or a killed tab; the draft is removed once every chosen file is stored.
 */
import { useState } from 'react';
import { addEvidence } from '../../db/repositories/evidence-repo';
import { useDraft } from '../../db/hooks/use-draft';
import { useDraftForm } from '../../stores/draft-registry';
import { fileProblem, type FileProblem } from '../../domain/evidence';
import type { EvidenceKind } from '../../domain/types';
import { checkStorage } from './storage-check';
import { prepareFile } from './prepare-file';

export interface ChosenFile {
  key: string;
  file: File;
}
export interface Rejection {
  key: string;
  name: string;
  size: number;
  problem: FileProblem | 'unreadable';
}
export type Notice =
  | { kind: 'no-files' }
  | { kind: 'storage-warn' | 'storage-full'; ratio: number }
  | { kind: 'write'; error: unknown };

interface AttachDraft {
  kind: EvidenceKind;
  note: string;
}

let counter = 0;
const keyOf = () => `f${(counter += 1)}`;

export function useAttach(caseId: string, interactionId: string | undefined, onSaved: (count: number, complete: boolean) => void) {
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [rejected, setRejected] = useState<Rejection[]>([]);
  const draft = useDraft<AttachDraft>(`evidence:${caseId}:${interactionId ?? 'case'}`, () => ({ kind: 'other', note: '' }));
  useDraftForm(draft.flush);
  const { kind, note } = draft.value;
  const setKind = (next: EvidenceKind) => draft.setValue((prev) => ({ ...prev, kind: next }));
  const setNote = (next: string) => draft.setValue((prev) => ({ ...prev, note: next }));
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  function choose(list: Iterable<File>) {
    const ok: ChosenFile[] = [];
    const bad: Rejection[] = [];
    for (const file of list) {
      const problem = fileProblem(file.size);
      if (problem) bad.push({ key: keyOf(), name: file.name, size: file.size, problem });
      else ok.push({ key: keyOf(), file });
    }
    setRejected(bad);
    setFiles((prev) => [...prev, ...ok]);
    setNotice(undefined);
  }

  function remove(key: string) {
    setFiles((prev) => prev.filter((f) => f.key !== key));
    setNotice(undefined);
  }

  async function writeAll(): Promise<{ saved: number; unreadable: number }> {
    let saved = 0;
    let unreadable = 0;
    for (const chosen of files) {
      const prepared = await prepareFile(chosen.file, { caseId, interactionId, kind, note }).catch(() => undefined);
      if (!prepared) {
        unreadable += 1;
        setRejected((prev) => [...prev, { key: chosen.key, name: chosen.file.name, size: chosen.file.size, problem: 'unreadable' }]);
      } else {
        // A failure here throws; the files already stored leave the list so a retry does not repeat them.
        await addEvidence(prepared, Date.now());
        saved += 1;
      }
      setFiles((prev) => prev.filter((f) => f.key !== chosen.key));
    }
    return { saved, unreadable };
  }

  async function save(acceptWarning = false) {
    if (saving) return;
    if (files.length === 0) {
      setNotice({ kind: 'no-files' });
      return;
    }
    setSaving(true);
    setNotice(undefined);
    try {
      const pressure = await checkStorage(files.reduce((sum, f) => sum + f.file.size, 0));
      if (pressure.level === 'refuse') return setNotice({ kind: 'storage-full', ratio: pressure.ratio });
      if (pressure.level === 'warn' && !acceptWarning) return setNotice({ kind: 'storage-warn', ratio: pressure.ratio });
      const { saved, unreadable } = await writeAll();
      // Everything is stored: a draft that fails to clear must not turn this into an error.
      if (saved > 0 && unreadable === 0) await draft.discard().catch(() => undefined);
      if (saved > 0) onSaved(saved, unreadable === 0);
    } catch (error) {
      setNotice({ kind: 'write', error });
    } finally {
      setSaving(false);
    }
  }

  return { files, rejected, kind, setKind, note, setNote, notice, saving, choose, remove, save, draft };
}
