import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCase } from '../../../src/db/repositories/case-repo';
import { logInteraction } from '../../../src/db/repositories/interaction-repo';
import { makeDossierPdf } from '../../../src/export/pdf/make-dossier';
import { DossierCard } from '../../../src/features/dossier/dossier-card';
import { useUiStore } from '../../../src/stores/ui-store';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';

// The PDF engine itself is tested in node against poppler (test/export/pdf) and end to end in Chromium;
// here it is replaced so the card's own behaviour (progress, download, share) can be driven.
vi.mock('../../../src/export/pdf/make-dossier', () => ({
  makeDossierPdf: vi.fn(async (req: { lang: string }, onProgress: (p: { stage: string; fraction: number }) => void) => {
    onProgress({ stage: 'reading', fraction: 0 });
    onProgress({ stage: 'layout', fraction: 0.5 });
    return { blob: new Blob(['%PDF-1.3 test'], { type: 'application/pdf' }), fileName: `dossier-${req.lang}.pdf` };
  }),
}));

const nav = navigator as unknown as Record<string, unknown>;

async function setup(lang: 'en' | 'fr' = 'en') {
  useUiStore.setState({ lang });
  const id = await createCase(caseInput({ company: 'Netflix' }));
  await logInteraction(interactionInput(id, { agentName: 'Łukasz', references: ['CS-1001'] }));
  const user = userEvent.setup();
  render(<DossierCard caseId={id} />);
  await screen.findByRole('heading', { name: lang === 'en' ? 'Escalate this case' : 'Faire remonter la réclamation' });
  return { id, user };
}

beforeEach(async () => {
  await freshDatabase();
  vi.mocked(makeDossierPdf).mockClear();
  URL.createObjectURL = vi.fn(() => 'blob:dossier');
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  delete nav.share;
  delete nav.canShare;
  delete (window as unknown as Record<string, unknown>).matchMedia;
});

describe('dossier card', () => {
  it('builds the summary in the language chosen for it, whatever the app language', async () => {
    const { user } = await setup('en');
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    const text = screen.getByRole('textbox', { name: 'Escalation summary' }) as HTMLTextAreaElement;
    expect(text.value).toContain('Refund request: Netflix, Standard plan');
    expect(text.value).toContain('ref. CS-1001');
    await user.click(screen.getByRole('radio', { name: 'Français' }));
    expect(screen.getByRole('radio', { name: 'Français' })).toBeChecked();
    expect(text.value).toContain('Demande de remboursement : Netflix, Standard plan');
    // The card's own labels stay in the app's language.
    expect(screen.getByRole('button', { name: 'Download PDF' })).toBeInTheDocument();
  });

  it('copies the summary in one tap and says so', async () => {
    const { user } = await setup();
    // user-event installed a clipboard for the page; watch what the tap writes to it.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(screen.getByText('Copied', { selector: '[role=status]' })).toBeInTheDocument();
    const summary = (screen.getByRole('textbox', { name: 'Escalation summary' }) as HTMLTextAreaElement).value;
    expect(writeText).toHaveBeenCalledWith(summary);
    expect(summary).toContain('Łukasz');
  });

  it('opens the summary for selecting by hand when copying is refused', async () => {
    const { user } = await setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Copying is not allowed here');
    expect(screen.getByText('Show the summary').closest('details')).toHaveAttribute('open');
  });

  it('makes the PDF in the chosen language and downloads it on a computer', async () => {
    const { id, user } = await setup();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('radio', { name: 'Français' }));
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(await screen.findByText('PDF ready: dossier-fr.pdf.')).toBeInTheDocument();
    expect(makeDossierPdf).toHaveBeenCalledWith(expect.objectContaining({ bundle: expect.objectContaining({ case: expect.objectContaining({ id }) }), lang: 'fr' }), expect.any(Function));
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('dossier-fr.pdf');
    expect(anchor.href).toBe('blob:dossier');
    expect(screen.getByRole('button', { name: 'Save a copy' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share PDF' })).not.toBeInTheDocument();
  });

  it('shares the PDF file on a phone that can share files', async () => {
    const { user } = await setup();
    window.matchMedia = vi.fn((q: string) => ({ matches: q === '(pointer: coarse)' }) as MediaQueryList);
    nav.canShare = vi.fn((data: ShareData) => Boolean(data.files?.length));
    const share = vi.fn(async (_data: ShareData) => undefined);
    nav.share = share;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
    const file = share.mock.calls[0]![0].files![0]!;
    expect([file.name, file.type]).toEqual(['dossier-en.pdf', 'application/pdf']);
    expect(share.mock.calls[0]![0].title).toBe('Refund case: Netflix');
    expect(click).not.toHaveBeenCalled();
  });

  it('offers a Share PDF tap when the share sheet needs a fresh tap', async () => {
    const { user } = await setup();
    window.matchMedia = vi.fn(() => ({ matches: true }) as MediaQueryList);
    nav.canShare = vi.fn(() => true);
    const share = vi.fn().mockRejectedValueOnce(new DOMException('no activation', 'NotAllowedError')).mockResolvedValueOnce(undefined);
    nav.share = share;
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(await screen.findByText(/The PDF is ready\. Tap “Share PDF”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Share PDF' }));
    expect(share).toHaveBeenCalledTimes(2);
  });

  it('offers to share the summary only where the browser can share', async () => {
    await setup();
    expect(screen.getByRole('button', { name: 'Copy summary' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share summary' })).not.toBeInTheDocument();
  });

  it('shares the summary text where the browser can share', async () => {
    const share = vi.fn(async (_data: ShareData) => undefined);
    nav.share = share;
    const { user } = await setup('fr');
    await user.click(screen.getByRole('button', { name: 'Partager le résumé' }));
    expect(share).toHaveBeenCalledWith({ title: 'Demande de remboursement : Netflix, Standard plan', text: expect.stringContaining('Mes échanges avec Netflix (1)') });
  });
});
