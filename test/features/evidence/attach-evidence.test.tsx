import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toasts } from '../../../src/components/toasts';
import type { RefundDatabase } from '../../../src/db/database';
import { createCase } from '../../../src/db/repositories/case-repo';
import { MAX_EVIDENCE_BYTES } from '../../../src/domain/evidence';
import { AttachEvidence } from '../../../src/features/evidence/attach-evidence';
import { caseInput } from '../../helpers/fixtures';
import { freshDatabase } from '../../helpers/db';

const GB = 1024 ** 3;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const png = (name = 'confirmation.png') => new File([PNG], name, { type: 'image/png' });
const NOTE = 'Email from support, 2 Nov';

let database: RefundDatabase;
let caseId: string;
const estimate = vi.fn<() => Promise<StorageEstimate>>();

beforeEach(async () => {
  database = await freshDatabase();
  caseId = await createCase(caseInput(), { now: Date.UTC(2026, 10, 1) });
  estimate.mockResolvedValue({ usage: 0.1 * GB, quota: GB });
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate } });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

async function setup(onDone = vi.fn()) {
  // applyAccept: false behaves like a person switching the picker to "All files".
  const user = userEvent.setup({ applyAccept: false });
  render(
    <>
      <AttachEvidence caseId={caseId} onDone={onDone} />
      <Toasts />
    </>,
  );
  return { user, onDone, picker: await screen.findByLabelText('Choose files') };
}

async function fill(user: ReturnType<typeof userEvent.setup>, picker: HTMLElement, files: File[]) {
  await user.upload(picker, files);
  await user.selectOptions(screen.getByLabelText('Kind'), 'Cancellation confirmation');
  await user.type(screen.getByLabelText(/Note/), NOTE);
}

function expectFormKept(fileNames: string[]) {
  expect(screen.getByLabelText(/Note/)).toHaveValue(NOTE);
  expect(screen.getByLabelText('Kind')).toHaveValue('cancellation-confirmation');
  for (const name of fileNames) expect(screen.getByText(name)).toBeInTheDocument();
}

describe('AttachEvidence', () => {
  it('states the limit as the size shown for files and suggests images, PDFs and text', async () => {
    const { picker } = await setup();
    expect(screen.getByText('Photos, screenshots, PDFs or text files, up to 15.8 MB each. Other files are kept to download, never opened in the app.')).toBeInTheDocument();
    expect(picker).toHaveAttribute('accept', 'image/*,application/pdf,text/plain');
    expect(picker).toHaveAttribute('multiple');
  });

  it('attaches a PNG and a PDF with kind and note, hashed, and reports it', async () => {
    const { user, picker, onDone } = await setup();
    const pdf = new File(['%PDF-1.4 test'], 'statement.pdf', { type: 'application/pdf' });
    await fill(user, picker, [png(), pdf]);
    await user.click(screen.getByRole('button', { name: 'Attach 2 file(s)' }));
    expect(await screen.findByText('2 file(s) attached.')).toBeInTheDocument();
    expect(onDone).toHaveBeenCalledTimes(1);
    const stored = await database.evidence.toArray();
    expect(stored.map((e) => [e.name, e.type, e.kind, e.note]).sort()).toEqual([
      ['confirmation.png', 'image/png', 'cancellation-confirmation', NOTE],
      ['statement.pdf', 'application/pdf', 'cancellation-confirmation', NOTE],
    ]);
    const pngRecord = stored.find((e) => e.name === 'confirmation.png')!;
    expect(pngRecord.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(pngRecord.size).toBe(PNG.length);
    expect(estimate).toHaveBeenCalled();
  });

  it('refuses a file over 15 MB by name, keeps the other file and the typed note', async () => {
    const { user, picker, onDone } = await setup();
    const big = new File([new Uint8Array(MAX_EVIDENCE_BYTES + 1)], 'bank-scan.pdf', { type: 'application/pdf' });
    await fill(user, picker, [png(), big]);
    expect(screen.getByRole('alert')).toHaveTextContent('“bank-scan.pdf” is 15,728,641 bytes: files can be up to 15,728,640 bytes.');
    expectFormKept(['confirmation.png']);
    expect(screen.getByRole('button', { name: 'Attach 1 file(s)' })).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('asks for a file when none is chosen, keeping the note', async () => {
    const { user } = await setup();
    await user.type(screen.getByLabelText(/Note/), NOTE);
    await user.click(screen.getByRole('button', { name: 'Attach' }));
    expect(await screen.findByText('Choose at least one file.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Note/)).toHaveValue(NOTE);
    expect(await database.evidence.count()).toBe(0);
  });

  it.each([
    ['an SVG page sent as image/svg+xml;charset=utf-8', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'drawing.svg', 'image/svg+xml;charset=utf-8', 'text/plain'],
    ['an SVG page sent in upper case', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'x.svg', 'IMAGE/SVG+XML', 'text/plain'],
    ['an HTML page with no type', '<!doctype html><script>alert(1)</script>', 'page', '', 'text/plain'],
    ['a text file named .png', 'not a picture', 'photo.png', 'image/png', 'text/plain'],
    ['a PNG named .pdf', PNG, 'statement.pdf', 'application/pdf', 'image/png'],
    ['a PDF named .jpg', '%PDF-1.4 test', 'photo.jpg', 'image/jpeg', 'application/pdf'],
    ['a ZIP archive named .png', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0xff]), 'archive.png', 'image/png', 'application/octet-stream'],
  ])('stores %s with the type its bytes prove', async (_name, content, name, type, stored) => {
    const { user, picker, onDone } = await setup();
    await fill(user, picker, [new File([content], name, { type })]);
    await user.click(screen.getByRole('button', { name: 'Attach 1 file(s)' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const [e] = await database.evidence.toArray();
    expect(e!.name).toBe(name);
    expect(e!.type).toBe(stored);
    expect(e!.blob.type).toBe(stored);
    expect(e!.thumbnail).toBeUndefined();
  });

  it('refuses with a clear message when storage would pass 95%, keeping files, kind and note', async () => {
    estimate.mockResolvedValue({ usage: 0.96 * GB, quota: GB });
    const { user, picker, onDone } = await setup();
    await fill(user, picker, [png()]);
    await user.click(screen.getByRole('button', { name: 'Attach 1 file(s)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not attached: storage for this app would be 96% full.');
    expectFormKept(['confirmation.png']);
    expect(await database.evidence.count()).toBe(0);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('warns above 80% and saves only once the person confirms, the note kept meanwhile', async () => {
    estimate.mockResolvedValue({ usage: 0.85 * GB, quota: GB });
    const { user, picker, onDone } = await setup();
    await fill(user, picker, [png()]);
    await user.click(screen.getByRole('button', { name: 'Attach 1 file(s)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('storage for this app is 85% full once these files are added');
    expectFormKept(['confirmation.png']);
    expect(await database.evidence.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Attach anyway' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await database.evidence.count()).toBe(1);
  });

  it('shows the storage error when the write fails, and keeps everything typed', async () => {
    const { user, picker, onDone } = await setup();
    await fill(user, picker, [png()]);
    vi.spyOn(database.evidence, 'add').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await user.click(screen.getByRole('button', { name: 'Attach 1 file(s)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your device is out of storage space, so this was not saved.');
    expectFormKept(['confirmation.png']);
    expect(await database.evidence.count()).toBe(0);
    expect(onDone).not.toHaveBeenCalled();
    // A second try after space was freed goes through.
    await user.click(screen.getByRole('button', { name: 'Attach 1 file(s)' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await database.evidence.count()).toBe(1);
  });

  it('lets a chosen file be removed before saving', async () => {
    const { user, picker } = await setup();
    await user.upload(picker, [png('a.png'), png('b.png')]);
    await user.click(screen.getByRole('button', { name: 'Remove a.png' }));
    expect(screen.queryByText('a.png')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Attach 1 file(s)' })).toBeInTheDocument();
  });
});
