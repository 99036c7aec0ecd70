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
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const HEIC = new Uint8Array([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0, 0x6d, 0x69, 0x66, 0x31]);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 36, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
const T0 = Date.UTC(2026, 10, 12, 9, 0);

let database: RefundDatabase;
let caseId: string;
beforeEach(async () => {
  database = await freshDatabase();
  caseId = await createCase(caseInput(), { now: T0 - 1000 });
});

function file(over: Partial<PreparedEvidence>): PreparedEvidence {
  return { caseId, kind: 'other', name: 'f', type: 'image/png', sha256: HASH, blob: new Blob([PNG], { type: 'image/png' }), ...over };
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

  it('lists files newest first with kind, thumbnail, PDF download and a no-preview notice', async () => {
    await addEvidence(file({ name: 'confirmation.png', kind: 'cancellation-confirmation', thumbnail: new Blob([new Uint8Array([9])], { type: 'image/jpeg' }), note: 'Sent 2 Nov' }), T0);
    await addEvidence(file({ name: 'statement.pdf', type: 'application/pdf', kind: 'bank-statement', blob: new Blob(['%PDF-1.4'], { type: 'application/pdf' }) }), T0 + 1);
    await addEvidence(file({ name: 'IMG_1.HEIC', type: 'image/heic', kind: 'error-screenshot', blob: new Blob([HEIC], { type: 'image/heic' }) }), T0 + 2);
    const panel = renderPanel();
    const items = await within(panel).findAllByRole('listitem');
    expect(items.map((li) => within(li).getByText(/\.(png|pdf|HEIC)$/).textContent)).toEqual(['IMG_1.HEIC', 'statement.pdf', 'confirmation.png']);

    const [heic, pdf, png] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(png).toHaveTextContent('Cancellation confirmation');
    expect(png).toHaveTextContent('Sent 2 Nov');
    await waitFor(() => expect(png.querySelector('img')?.getAttribute('src')).toMatch(/^blob:/));
    expect(await within(png).findByRole('button', { name: 'Open confirmation.png' })).toBeInTheDocument();

    // A PDF only downloads: it is never opened as a document of the app's origin.
    const pdfLink = await within(pdf).findByRole('link', { name: 'Download statement.pdf' });
    await waitFor(() => expect(pdfLink.getAttribute('href')).toMatch(/^blob:/));
    expect(pdfLink).toHaveAttribute('download', 'statement.pdf');
    expect(pdfLink).not.toHaveAttribute('target');
    expect(pdf).toHaveTextContent('Bank statement');

    expect(await within(heic).findByText('No preview: this browser cannot show this format. The file is kept as it is.')).toBeInTheDocument();
    expect(within(heic).getByRole('link', { name: 'Download IMG_1.HEIC' })).toHaveAttribute('download', 'IMG_1.HEIC');
  });

  it('opens an image full size in a dialog and closes it', async () => {
    await addEvidence(file({ name: 'error.webp', type: 'image/webp', blob: new Blob([WEBP], { type: 'image/webp' }), displayCopy: new Blob([PNG], { type: 'image/png' }) }), T0);
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Open error.webp' }));
    const dialog = screen.getByRole('dialog', { name: 'Full-size view of error.webp', hidden: true });
    await waitFor(() => expect(within(dialog).getByRole('img', { name: 'error.webp', hidden: true }).getAttribute('src')).toMatch(/^blob:/));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close', hidden: true }));
    expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument();
  });

  it('shows files stored with a lying type as what their bytes are: text escaped, anything else as a download', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';
    await addEvidence(file({ name: 'drawing.png', type: 'image/png', blob: new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) }), T0);
    await addEvidence(file({ name: 'page.pdf', type: 'application/pdf', blob: new Blob(['<html><script>alert(3)</script></html>'], { type: 'TEXT/HTML' }) }), T0 + 1);
    await addEvidence(file({ name: 'archive.png', type: 'image/png', blob: new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0xff])], { type: 'image/png' }) }), T0 + 2);
    const panel = renderPanel();
    const [zip, html, drawing] = (await within(panel).findAllByRole('listitem')) as [HTMLElement, HTMLElement, HTMLElement];

    const download = await within(zip).findByRole('link', { name: 'Download archive.png' });
    expect(within(zip).getByText('Kept as a file to download: the app does not open this kind of file.')).toBeInTheDocument();
    await waitFor(() => expect(download.getAttribute('href')).toMatch(/^blob:/));
    expect(download).toHaveAttribute('download', 'archive.png');

    await within(html).findByRole('button', { name: 'Open page.pdf' });
    await userEvent.click(await within(drawing).findByRole('button', { name: 'Open drawing.png' }));
    const dialog = screen.getByRole('dialog', { name: 'Full-size view of drawing.png', hidden: true });
    // Shown as text: the markup is visible as characters, nothing of it is a live element.
    await waitFor(() => expect(dialog.querySelector('pre')?.textContent).toBe(svg));
    expect(dialog.querySelector('svg, script, img')).toBeNull();
    expect(document.querySelector('iframe, object, embed, script')).toBeNull();
    expect([...document.querySelectorAll('img')].every((img) => !img.closest('.evidence-viewer'))).toBe(true);
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
