/**
 * A stored value no screen expected: absurd instants and amounts render as text (the formatters are
 * total); a record broken beyond that fails its screen only, which offers a backup download while
 * the navigation and the other screens keep working.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RefundDatabase } from '../../src/db/database';
import { createCase } from '../../src/db/repositories/case-repo';
import { logInteraction } from '../../src/db/repositories/interaction-repo';
import { freshDatabase } from '../helpers/db';
import { caseInput, interactionInput } from '../helpers/fixtures';
import { renderApp } from '../helpers/render';

let db: RefundDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(() => vi.restoreAllMocks());

describe('odd stored values on screen', () => {
  it('shows a contact at 8.64e15 ms and an unknown currency as text, without failing the case screen', async () => {
    const id = await createCase(caseInput({ company: 'Odd Corp' }));
    const iid = await logInteraction(interactionInput(id, { summary: 'From the far future' }));
    await db.interactions.update(iid, { occurredAt: 8.64e15, timeZone: 'Not/AZone' });
    await db.cases.update(id, { refunded: [{ minor: 1250, currency: 'XYZ' }], lastActivityAt: Number.NaN });
    renderApp(`/cases/${id}`);
    expect(await screen.findByText('From the far future', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByText('This screen could not be shown')).not.toBeInTheDocument();
    expect(screen.getAllByText(/12\.50 XYZ/).length).toBeGreaterThan(0);
  }, 20_000);

  it('fails only the screen whose record is broken, offering a backup, and the rest of the app works', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const good = await createCase(caseInput({ company: 'Good Corp' }));
    const bad = await createCase(caseInput({ company: 'Broken Corp' }));
    await db.cases.update(bad, { refunded: null as unknown as [] });
    const { user } = renderApp(`/cases/${bad}`);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(within(alert).getByRole('heading', { name: 'This screen could not be shown' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Download a full backup' })).toBeEnabled();
    // The navigation is still there and leads to working screens.
    await user.click(screen.getByRole('link', { name: 'Cases' }));
    expect(await screen.findByText('Good Corp', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByText('This screen could not be shown')).not.toBeInTheDocument();
    expect(good).not.toBe(bad);
  }, 30_000);
});
