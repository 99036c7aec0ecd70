import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { createCase } from '../../../src/db/repositories/case-repo';
import { logInteraction } from '../../../src/db/repositories/interaction-repo';
import { makeLetterPdf } from '../../../src/export/pdf/make-letter';
import { LetterEditor } from '../../../src/features/letters/letter-editor';
import { LettersCard } from '../../../src/features/letters/letters-card';
import { useUiStore } from '../../../src/stores/ui-store';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';

// The PDF engine is tested in node against poppler and end to end in Chromium; here it is replaced.
vi.mock('../../../src/export/pdf/make-letter', () => ({
  makeLetterPdf: vi.fn(async (_letter: unknown, name: string) => new File(['%PDF-1.3 test'], name, { type: 'application/pdf' })),
}));


async function newCase() {
  const id = await createCase(caseInput({ company: 'Streamflix', product: 'Premium plan', cancelledOn: '2026-10-28', region: 'EU' }));
  await logInteraction(interactionInput(id, { references: ['CS-1001'], outcome: 'denied' }));
  return id;
}

beforeEach(async () => {
  await freshDatabase();
  useUiStore.setState({ lang: 'en' });
  URL.createObjectURL = vi.fn(() => 'blob:letter');
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  vi.mocked(makeLetterPdf).mockClear();
});

describe('letters card', () => {
  it('lists the letters of an EU card case, those that fit the step first', async () => {
    const id = await newCase();
    render(<LettersCard caseId={id} />);
    const card = await screen.findByRole('region', { name: 'Letters' });
    const links = within(card).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      expect.stringContaining('Formal complaint to the company'),
      expect.stringContaining('Card dispute'),
      expect.stringContaining('Withdrawal email'),
      expect.stringContaining('Model withdrawal form'),
      expect.stringContaining('Formal notice'),
      expect.stringContaining('Referral to the consumer mediator'),
    ]);
    expect(links[0]).toHaveTextContent('Fits this step');
    // Refused once: the card dispute fits too.
    expect(links[1]).toHaveTextContent('Fits this step');
    expect(links[2]).not.toHaveTextContent('Fits this step');
    expect(links[0]).toHaveAttribute('href', `/cases/${id}/letters/complaint`);
    expect(links[5]).toHaveTextContent('after a written complaint to the company: send that first');
  });
});

describe('letter editor: edit, then send', () => {
  it('builds the letter from the case, takes edits, copies, drafts an email and records it as sent', { timeout: 30_000 }, async () => {
    const id = await newCase();
    const user = userEvent.setup();
    // After setup(), which installs a clipboard of its own.
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<LetterEditor caseId={id} kind="complaint" />);
    await screen.findByRole('heading', { name: 'Formal complaint to the company', level: 1 });

    const body = screen.getByRole('textbox', { name: 'Letter' }) as HTMLTextAreaElement;
    expect(body.value).toContain('I cancelled my subscription on 28 October 2026');
    expect(body.value).toContain('- 2 November 2026: €13.99');
    expect(body.value).toContain('References you gave me: CS-1001.');
    expect(screen.getByRole('heading', { name: /To fill in before you send \(3\)/ })).toBeInTheDocument();
    expect(screen.getByText('Information, not legal advice. Rules change and have exceptions; check them for your situation.')).toBeInTheDocument();

    // The person fills their name in place of its marker and adds a line.
    const withName = body.value.replaceAll('[to fill: your full name]', 'Jan Kowalski');
    await user.clear(body);
    await user.click(body);
    await user.paste(`${withName}\n\nP.S. Account closed & paid?`);
    expect(screen.getByRole('heading', { name: /To fill in before you send \(2\)/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Jan Kowalski'));
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Email address of the recipient' }), 'support@streamflix.example');
    const draft = screen.getByRole('link', { name: 'Open an email draft' });
    const url = new URL(draft.getAttribute('href')!);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('support@streamflix.example');
    expect(url.searchParams.get('body')).toContain('P.S. Account closed & paid?');

    await user.click(screen.getByRole('button', { name: 'PDF' }));
    await screen.findByText(/PDF ready: letter-streamflix-\d{4}-\d{2}-\d{2}\.pdf/);
    expect(vi.mocked(makeLetterPdf).mock.calls[0]![0]).toMatchObject({ lang: 'en', region: 'EU', body: expect.stringContaining('Jan Kowalski') });

    await user.click(screen.getByRole('radio', { name: 'Post' }));
    await user.type(screen.getByRole('textbox', { name: /Tracking number/ }), '1A 234 567 8901 2');
    await user.click(screen.getByRole('button', { name: 'Record as sent' }));
    // Two facts are still marked: the person is asked once more before it is recorded.
    expect(await screen.findByRole('alert')).toHaveTextContent('Facts still to fill in the letter: 2. Record it as sent anyway?');
    await user.click(screen.getByRole('button', { name: 'Record as sent' }));
    await screen.findByText(/Recorded on the case\. Answer expected by/);

    const logged = (await db.interactions.where('caseId').equals(id).toArray()).find((i) => i.channel === 'letter')!;
    expect(logged).toMatchObject({ direction: 'outbound', references: ['1A 234 567 8901 2'], outcome: 'no-resolution' });
    expect(logged.promisedBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(logged.summary.startsWith('Letter sent: Formal complaint: Streamflix, Premium plan')).toBe(true);
    expect(logged.summary).toContain('P.S. Account closed & paid?');
    // The letter on screen is not rewritten by its own record.
    expect((screen.getByRole('textbox', { name: 'Letter' }) as HTMLTextAreaElement).value).toContain('P.S. Account closed & paid?');
  });

  it('writes it in French, keeping each language’s edits', { timeout: 20_000 }, async () => {
    const id = await newCase();
    const user = userEvent.setup();
    render(<LetterEditor caseId={id} kind="formal-notice" />);
    await screen.findByRole('heading', { name: 'Formal notice (mise en demeure)' });
    const body = () => screen.getByRole('textbox', { name: 'Letter' }) as HTMLTextAreaElement;
    await user.type(body(), ' Edited in English.');
    await user.click(screen.getByRole('radio', { name: 'Français' }));
    expect(body().value).toContain('Par la présente, je vous mets en demeure de me rembourser la somme de 13,99\u00a0€');
    expect(body().value).toContain('Lettre recommandée avec accusé de réception');
    expect(screen.getByText('Send it by registered post with proof of delivery, and keep the receipt.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Code civil, art. 1344 et 1344-1' })).toHaveAttribute('rel', 'noopener noreferrer');
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(body().value.endsWith(' Edited in English.')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Start again from the case' }));
    await waitFor(() => expect(body().value.endsWith(' Edited in English.')).toBe(false));
  });

  it('says so when the letter is not offered for the case', async () => {
    const id = await newCase();
    render(<LetterEditor caseId={id} kind="letter-before-claim" />);
    expect(await screen.findByText('This letter is not available for this case.')).toBeInTheDocument();
  });
});
