/**
 * What a form says about its draft: a draft of this window restored (with Discard), drafts left by
 * windows that were closed (offered with a preview while this form is empty), and a draft that could
 * not be written (at once, with what to do; the input stays on screen and in memory).
 */
import { deviceZone } from '../lib/device-zone';
import { useFormat } from '../i18n/use-t';
import { useFailureText } from './failure-text';
import { DraftNotice } from './form-status';
import { OtherDrafts } from './other-drafts';

/** The part of a form's draft state shown here. */
export interface DraftView<T> {
  restoredAt?: number | undefined;
  dirty: boolean;
  writeError: unknown;
  others: { key: string; value: T; updatedAt: number; maybeLive: boolean }[];
  adopt: (key: string) => Promise<void>;
  dismiss: (key: string) => Promise<void>;
  discard: () => Promise<void>;
}

export function DraftStatus<T>({ draft, preview }: { draft: DraftView<T>; preview: (value: T) => string }) {
  const f = useFormat();
  const describeFailure = useFailureText();
  const zone = deviceZone();
  const offered = draft.dirty ? [] : draft.others.map((o) => ({ key: o.key, time: f.instant(o.updatedAt, zone), preview: preview(o.value), maybeLive: o.maybeLive }));
  return (
    <>
      {draft.writeError !== undefined && (
        <p className="form-summary draft-problem" role="alert">
          {describeFailure(draft.writeError, 'draft')}
        </p>
      )}
      {draft.restoredAt !== undefined && <DraftNotice time={f.instant(draft.restoredAt, zone)} onDiscard={() => void draft.discard()} />}
      <OtherDrafts drafts={offered} onRestore={(key) => void draft.adopt(key)} onDiscard={(key) => void draft.dismiss(key)} />
    </>
  );
}
