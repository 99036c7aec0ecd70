import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toasts } from '../../../src/components/toasts';
import { createCase } from '../../../src/db/repositories/case-repo';
import { storedDraft } from '../../helpers/drafts';
import { AttachEvidence } from '../../../src/features/evidence/attach-evidence';
import { caseInput } from '../../helpers/fixtures';
import { freshDatabase } from '../../helpers/db';

const GB = 1024 ** 3;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const NOTE = 'Chat transcript, 3 Nov';

let caseId: string;
beforeEach(async () => {
  await freshDatabase();
  caseId = await createCase(caseInput(), { now: Date.UTC(2026, 10, 1) });
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: () => Promise.resolve({ usage: 0.1 * GB, quota: GB }) } });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

/** Opens the form and waits until its stored draft (if any) was read and the fields show. */
async function open(interactionId?: string) {
  const user = userEvent.setup({ applyAccept: false });
  const view = render(
    <>
      <AttachEvidence caseId={caseId} interactionId={interactionId} onDone={vi.fn()} />
      <Toasts />
    </>,
  );
  await screen.findByLabelText('Kind');
  return { user, ...view };
}

describe('AttachEvidence draft', () => {
  it('keeps the kind and note when the form is closed and opened again, and clears them once saved', async () => {
    const first = await open();
    await first.user.selectOptions(screen.getByLabelText('Kind'), 'Bank statement');
    await first.user.type(screen.getByLabelText(/Note/), NOTE);
    // Closing the form (or the page going away) writes the draft at once.
    first.unmount();
    await waitFor(async () => expect((await storedDraft(`evidence:${caseId}:case`))).toEqual({ kind: 'bank-statement', note: NOTE }));

    const second = await open();
    expect(screen.getByLabelText(/Note/)).toHaveValue(NOTE);
    expect(screen.getByLabelText('Kind')).toHaveValue('bank-statement');
    await second.user.upload(screen.getByLabelText('Choose files'), [new File([PNG], 'chat.png', { type: 'image/png' })]);
    await second.user.click(screen.getByRole('button', { name: 'Attach 1 file(s)' }));
    expect(await screen.findByText('1 file(s) attached.')).toBeInTheDocument();
    await waitFor(async () => expect(await storedDraft(`evidence:${caseId}:case`)).toBeUndefined());
    second.unmount();

    // The form shows once its draft was read: nothing comes back.
    await open();
    expect(screen.getByLabelText(/Note/)).toHaveValue('');
    expect(screen.getByLabelText('Kind')).toHaveValue('other');
  });

  it('keeps a separate draft per interaction', async () => {
    const first = await open('interaction-1');
    await first.user.type(screen.getByLabelText(/Note/), NOTE);
    first.unmount();
    await waitFor(async () => expect((await storedDraft(`evidence:${caseId}:interaction-1`))).toMatchObject({ note: NOTE }));
    await open('interaction-2');
    expect(screen.getByLabelText(/Note/)).toHaveValue('');
  });
});
