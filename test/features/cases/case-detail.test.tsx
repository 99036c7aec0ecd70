import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { createCase } from '../../../src/db/repositories/case-repo';
import { logInteraction } from '../../../src/db/repositories/interaction-repo';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';
import { renderApp } from '../../helpers/render';

beforeEach(async () => {
  await freshDatabase();
});

describe('case screen', () => {
  it('shows interactions, charges and status changes in one dated list', async () => {
    const id = await createCase(caseInput({ charges: [{ chargedOn: '2026-11-02', amount: { minor: 1399, currency: 'EUR' } }] }));
    await logInteraction(interactionInput(id, { occurredAt: Date.now() - 1000, agentName: 'Zoë', references: ['AB-1', 'CD-2'], summary: 'Promised a callback' }));
    renderApp(`/cases/${id}`);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    await within(timeline).findByText('Promised a callback');
    const items = within(timeline).getAllByRole('listitem').filter((li) => li.classList.contains('tl-item'));
    const texts = items.map((li) => li.textContent ?? '');
    expect(texts.some((t) => t.includes('Chat · I contacted them') && t.includes('Agent: Zoë'))).toBe(true);
    expect(texts.some((t) => t.includes('Charge of €13.99 on 2 Nov 2026'))).toBe(true);
    expect(texts.some((t) => t.includes('Case opened'))).toBe(true);
    expect(within(screen.getByRole('region', { name: 'Money' })).getAllByText('€13.99')).toHaveLength(2);
  });

  it('copies a reference number in one tap', async () => {
    const id = await createCase(caseInput());
    await logInteraction(interactionInput(id, { references: ['LI-77-991'] }));
    const { user } = renderApp(`/cases/${id}`);
    // user-event installed a clipboard for the page; watch what the tap writes to it.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(await screen.findByRole('button', { name: 'Copy reference LI-77-991' }));
    expect(writeText).toHaveBeenCalledWith('LI-77-991');
    expect(await screen.findByText('Reference LI-77-991 copied')).toBeInTheDocument();
  });

  it('deletes a contact with an undo that brings it back', async () => {
    const id = await createCase(caseInput());
    await logInteraction(interactionInput(id, { summary: 'Keep me' }));
    const { user } = renderApp(`/cases/${id}`);
    // The summary also appears in other panels (the escalation summary): look in the timeline only.
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    await within(timeline).findByText('Keep me');
    await user.click(within(timeline).getByRole('button', { name: 'Delete contact' }));
    await waitFor(() => expect(within(timeline).queryByText('Keep me')).not.toBeInTheDocument());
    const toast = (await screen.findByText('Contact deleted')).closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await within(timeline).findByText('Keep me')).toBeInTheDocument();
    expect((await db.interactions.toArray())[0]!.deletedAt).toBeUndefined();
  });

  it('closes, reopens, and deletes the case with an undo', async () => {
    const id = await createCase(caseInput());
    const { user, location } = renderApp(`/cases/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Close case' }));
    await user.click(await screen.findByRole('button', { name: 'Reopen' }));
    await screen.findByRole('button', { name: 'Close case' });
    expect((await db.cases.get(id))!.status).toBe('in-progress');
    await user.click(screen.getByRole('button', { name: 'Delete case' }));
    await waitFor(() => expect(location.history?.at(-1)).toBe('/cases'));
    expect((await db.cases.get(id))!.deletedAt).toBeDefined();
    const toast = (await screen.findByText('Case deleted')).closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.cases.get(id))!.deletedAt).toBeUndefined());
    expect(await screen.findByRole('link', { name: /Netflix/ })).toBeInTheDocument();
  });
});
