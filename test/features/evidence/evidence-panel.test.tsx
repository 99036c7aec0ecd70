import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Toasts } from '../../../src/components/toasts';
import type { RefundDatabase } from '../../../src/db/database';
import { createCase } from '../../../src/db/repositories/case-repo';
import { addEvidence, type PreparedEvidence } from '../../../src/db/repositories/evidence-repo';
import { EvidencePanel } from '../../../src/features/evidence/evidence-panel';
import { caseInput } from '../../helpers/fixtures';
import { freshDatabase } from '../../helpers/db';

const HASH = 'a'.repeat(64);
const T0 = Date.UTC(2026, 10, 12, 9, 0);

let database: RefundDatabase;
let caseId: string;
beforeEach(async () => {
  database = await freshDatabase();
  caseId = await createCase(caseInput(), { now: T0 - 1000 });
});

function file(over: Partial<PreparedEvidence>): PreparedEvidence {
  return { caseId, kind: 'other', name: 'f', type: 'image/png', sha256: HASH, blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), ...over };
}

function renderPanel() {
  render(
    <>
      <EvidencePanel caseId={caseId} />
      <Toasts />
    </>,
  );
  return screen.getByRole('region', { name: 'Evidence' });
}

describe('EvidencePanel', () => {
  it('invites a first file when there is none, and opens the attach form', async () => {
    const panel = renderPanel();
    expect(await within(panel).findByText(/No files yet/)).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Attach files' }));
    expect(within(panel).getByRole('form', { name: 'Attach evidence' })).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(within(panel).queryByRole('form')).not.toBeInTheDocument();
  });

  it('lists files newest first with kind, thumbnail, PDF link and a no-preview notice', async () => {
    await addEvidence(file({ name: 'confirmation.png', kind: 'cancellation-confirmation', thumbnail: new Blob([new Uint8Array([9])], { type: 'image/jpeg' }), note: 'Sent 2 Nov' }), T0);
    await addEvidence(file({ name: 'statement.pdf', type: 'application/pdf', kind: 'bank-statement', blob: new Blob(['%PDF'], { type: 'application/pdf' }) }), T0 + 1);
    await addEvidence(file({ name: 'IMG_1.HEIC', type: 'image/heic', kind: 'error-screenshot', blob: new Blob(['x'], { type: 'image/heic' }) }), T0 + 2);
    const panel = renderPanel();
    const items = await within(panel).findAllByRole('listitem');
    expect(items.map((li) => within(li).getByText(/\.(png|pdf|HEIC)$/).textContent)).toEqual(['IMG_1.HEIC', 'statement.pdf', 'confirmation.png']);

    const [heic, pdf, png] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(png).toHaveTextContent('Cancellation confirmation');
    expect(png).toHaveTextContent('Sent 2 Nov');
    await waitFor(() => expect(png.querySelector('img')?.getAttribute('src')).toMatch(/^blob:/));
    expect(within(png).getByRole('button', { name: 'Open confirmation.png' })).toBeInTheDocument();

    const pdfLink = within(pdf).getByRole('link', { name: 'Open statement.pdf' });
    await waitFor(() => expect(pdfLink.getAttribute('href')).toMatch(/^blob:/));
    expect(pdfLink).toHaveAttribute('target', '_blank');
    expect(pdf).toHaveTextContent('Bank statement');

    expect(heic).toHaveTextContent('No preview: this browser cannot show this format. The file is kept as it is.');
    expect(within(heic).getByRole('link', { name: 'Download IMG_1.HEIC' })).toHaveAttribute('download', 'IMG_1.HEIC');
  });

  it('opens an image full size in a dialog and closes it', async () => {
    await addEvidence(file({ name: 'error.webp', type: 'image/webp', displayCopy: new Blob([new Uint8Array([7])], { type: 'image/png' }) }), T0);
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Open error.webp' }));
    const dialog = screen.getByRole('dialog', { name: 'Full-size view of error.webp', hidden: true });
    await waitFor(() => expect(within(dialog).getByRole('img', { name: 'error.webp', hidden: true }).getAttribute('src')).toMatch(/^blob:/));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close', hidden: true }));
    expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument();
  });

  it('deletes a file with undo', async () => {
    const id = await addEvidence(file({ name: 'receipt.png', kind: 'receipt' }), T0);
    const panel = renderPanel();
    await userEvent.click(await within(panel).findByRole('button', { name: 'Delete receipt.png' }));
    expect(await screen.findByText('“receipt.png” deleted.')).toBeInTheDocument();
    await waitFor(() => expect(within(panel).queryByText('receipt.png')).not.toBeInTheDocument());
    expect((await database.evidence.get(id))?.deletedAt).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(panel).findByText('receipt.png')).toBeInTheDocument();
    expect((await database.evidence.get(id))?.deletedAt).toBeUndefined();
  });

  it('says why a delete failed and keeps the file', async () => {
    await addEvidence(file({ name: 'receipt.png' }), T0);
    const panel = renderPanel();
    vi.spyOn(database.evidence, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await userEvent.click(await within(panel).findByRole('button', { name: 'Delete receipt.png' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('out of storage space');
    expect(within(panel).getByText('receipt.png')).toBeInTheDocument();
  });
});
