import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { createCase } from '../../../src/db/repositories/case-repo';
import { updateSettings } from '../../../src/db/repositories/settings-repo';
import { freshDatabase } from '../../helpers/db';
import { caseInput } from '../../helpers/fixtures';
import { renderApp } from '../../helpers/render';
import { storedDraft } from '../../helpers/drafts';

beforeEach(async () => {
  await freshDatabase();
});

describe('new case form', () => {
  it('saves a case with two charges in two currencies and opens it', async () => {
    const { user, location } = renderApp('/cases/new');
    await user.type(await screen.findByLabelText('Company'), 'Netflix');
    await user.selectOptions(screen.getByLabelText('Why you want a refund'), 'cancellation-issue');
    await user.click(screen.getByRole('button', { name: 'Add a charge' }));
    await user.click(screen.getByRole('button', { name: 'Add a charge' }));
    const first = screen.getByRole('group', { name: 'Charge 1' });
    const second = screen.getByRole('group', { name: 'Charge 2' });
    await user.type(within(first).getByLabelText('Amount'), '13,99');
    await user.type(within(second).getByLabelText('Amount'), '1500');
    await user.clear(within(second).getByLabelText('Currency'));
    await user.type(within(second).getByLabelText('Currency'), 'jpy');
    await user.click(screen.getByRole('button', { name: 'Save case' }));
    await waitFor(() => expect(location.history?.at(-1)).toMatch(/^\/cases\/[0-9a-f-]{36}$/));
    const [c] = await db.cases.toArray();
    expect(c).toMatchObject({ company: 'Netflix', reason: 'cancellation-issue' });
    expect(c!.disputed).toEqual([{ currency: 'EUR', minor: 1399 }, { currency: 'JPY', minor: 1500 }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Netflix' })).toBeInTheDocument();
    expect(await db.drafts.count()).toBe(0);
  });

  it('shows each problem next to its field, focuses the first, writes nothing and keeps the input', async () => {
    const { user } = renderApp('/cases/new');
    await user.type(await screen.findByLabelText(/Product or plan/), 'Premium');
    await user.click(screen.getByRole('button', { name: 'Add a charge' }));
    const charge = screen.getByRole('group', { name: 'Charge 1' });
    await user.type(within(charge).getByLabelText('Amount'), 'abc');
    await user.clear(within(charge).getByLabelText('Currency'));
    await user.type(within(charge).getByLabelText('Currency'), 'ZZZ');
    await user.click(screen.getByRole('button', { name: 'Save case' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please fix 3 problem(s) below.');
    const company = screen.getByLabelText('Company');
    expect(company).toHaveFocus();
    expect(company).toHaveAccessibleDescription(/This is required\./);
    expect(screen.getByLabelText('Why you want a refund')).toHaveAccessibleDescription('This is required.');
    expect(within(charge).getByLabelText('Currency')).toHaveAccessibleDescription(/Unknown currency/);
    expect(screen.getByLabelText(/Product or plan/)).toHaveValue('Premium');
    expect(await db.cases.count()).toBe(0);
  });

  it('refuses a charge dated in the future, in French too', async () => {
    await updateSettings({ language: 'fr' });
    const { user } = renderApp('/cases/new');
    await user.type(await screen.findByLabelText('Entreprise'), 'LinkedIn');
    await user.selectOptions(screen.getByLabelText('Motif du remboursement'), 'withdrawal-right');
    await user.click(screen.getByRole('button', { name: 'Ajouter un prélèvement' }));
    const charge = screen.getByRole('group', { name: 'Prélèvement 1' });
    await user.type(within(charge).getByLabelText('Montant'), '39,99');
    const date = within(charge).getByLabelText('Prélevé le');
    await user.clear(date);
    await user.type(date, '2099-01-01');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le dossier' }));
    expect(await screen.findByText('Cette date est dans le futur : indiquez quand c’est arrivé.')).toBeInTheDocument();
    expect(date).toHaveFocus();
    expect(await db.cases.count()).toBe(0);
  });

  it('edits an existing case and records the status change', async () => {
    const id = await createCase(caseInput());
    const { user } = renderApp(`/cases/${id}/edit`);
    const status = await screen.findByLabelText('Status');
    await user.selectOptions(status, 'waiting');
    await user.clear(screen.getByLabelText(/Product or plan/));
    await user.type(screen.getByLabelText(/Product or plan/), 'Premium');
    await user.click(screen.getByRole('button', { name: 'Save case' }));
    await waitFor(async () => expect((await db.cases.get(id))!.status).toBe('waiting'));
    expect((await db.cases.get(id))!.product).toBe('Premium');
    expect((await db.statusChanges.where('[caseId+at]').between([id, 0], [id, Infinity]).toArray()).map((s) => s.to)).toEqual(['new', 'waiting']);
  });

  it('records refunds in each currency of the case', async () => {
    const id = await createCase(caseInput({ charges: [
      { chargedOn: '2026-11-02', amount: { minor: 3999, currency: 'EUR' } },
      { chargedOn: '2026-10-02', amount: { minor: 2999, currency: 'USD' } },
    ] }));
    const { user } = renderApp(`/cases/${id}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Add a refunded amount' }));
    // Each new row offers the next disputed currency not refunded yet (charges oldest first: USD, then EUR).
    const first = screen.getByRole('group', { name: 'Refund 1' });
    expect(within(first).getByLabelText('Currency')).toHaveValue('USD');
    await user.type(within(first).getByLabelText('Amount'), '29.99');
    await user.click(screen.getByRole('button', { name: 'Add a refunded amount' }));
    const second = screen.getByRole('group', { name: 'Refund 2' });
    expect(within(second).getByLabelText('Currency')).toHaveValue('EUR');
    await user.type(within(second).getByLabelText('Amount'), '10');
    await user.click(screen.getByRole('button', { name: 'Save case' }));
    await waitFor(async () => expect((await db.cases.get(id))!.refunded).toEqual([{ minor: 2999, currency: 'USD' }, { minor: 1000, currency: 'EUR' }]));
  });

  it('restores an unsaved edit after the form is closed, and says so', async () => {
    const id = await createCase(caseInput({ product: 'Basic' }));
    const first = renderApp(`/cases/${id}/edit`);
    const product = await screen.findByLabelText(/Product or plan/);
    await first.user.clear(product);
    await first.user.type(product, 'Premium 4K');
    await waitFor(async () => expect((await storedDraft<{ product?: string }>(`case:edit:${id}`))?.product).toBe('Premium 4K'));
    first.unmount();
    renderApp(`/cases/${id}/edit`);
    expect(await screen.findByText(/Draft restored from/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Product or plan/)).toHaveValue('Premium 4K');
    expect((await db.cases.get(id))!.product).toBe('Basic');
  });
});
