import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { createCase, updateCase } from '../../../src/db/repositories/case-repo';
import { revisionOf } from '../../../src/lib/ids';
import { freshDatabase } from '../../helpers/db';
import { caseInput } from '../../helpers/fixtures';
import { renderApp } from '../../helpers/render';

beforeEach(async () => {
  await freshDatabase();
});

/** What another tab saves while this form is open. */
async function savedElsewhere(id: string, over: Parameters<typeof caseInput>[0]) {
  const c = (await db.cases.get(id))!;
  await updateCase(id, caseInput({ ...over }), { expectedRev: revisionOf(c) });
}

describe('a case edited in two places', () => {
  it('refuses the stale save, merges fields changed on one side, and lets the person choose the rest', async () => {
    const id = await createCase(caseInput({ product: 'Basic', accountId: 'acc-1', request: 'Refund the last charge' }));
    const { user } = renderApp(`/cases/${id}/edit`);
    const product = await screen.findByLabelText(/Product or plan/);
    await user.clear(product);
    await user.type(product, 'Premium 4K');
    const request = screen.getByLabelText(/In your words/);
    await user.clear(request);
    await user.type(request, 'Refund both charges');

    await savedElsewhere(id, { product: 'Basic', accountId: 'acc-2', request: 'Refund one charge' });
    await user.click(screen.getByRole('button', { name: 'Save case' }));

    expect(await screen.findByText(/was changed in another tab or window after you opened it, so nothing was saved/)).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Changed elsewhere' });
    expect(within(panel).getByText(/Taken from the other version, as you had not changed them: Account email/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Account email/)).toHaveValue('acc-2');
    expect(screen.getByLabelText(/Product or plan/)).toHaveValue('Premium 4K');
    const field = within(panel).getByRole('group', { name: /In your words/ });
    expect(within(field).getByRole('radio', { name: 'Yours: Refund both charges' })).toBeInTheDocument();
    expect(within(field).getByRole('radio', { name: 'Other version: Refund one charge' })).toBeInTheDocument();
    expect((await db.cases.get(id))!.request).toBe('Refund one charge');

    // Saving again before choosing says what is missing and writes nothing.
    await user.click(screen.getByRole('button', { name: 'Save case' }));
    expect(await screen.findByText(/Choose a version for each field/)).toBeInTheDocument();
    expect((await db.cases.get(id))!.product).toBe('Basic');

    await user.click(within(field).getByRole('radio', { name: 'Other version: Refund one charge' }));
    expect(screen.getByLabelText(/In your words/)).toHaveValue('Refund one charge');
    await user.click(screen.getByRole('button', { name: 'Save case' }));
    await waitFor(async () => expect(await db.cases.get(id)).toMatchObject({ product: 'Premium 4K', accountId: 'acc-2', request: 'Refund one charge' }));
    expect(await db.drafts.count()).toBe(0);
    // Many steps of typing and clicking: slow on a loaded two-core machine.
  }, 30_000);
});
