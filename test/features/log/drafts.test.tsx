import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { createCase } from '../../../src/db/repositories/case-repo';
import { freshDatabase } from '../../helpers/db';
import { caseInput } from '../../helpers/fixtures';
import { renderApp } from '../../helpers/render';
import { storedDraft } from '../../helpers/drafts';

beforeEach(async () => {
  await freshDatabase();
});

const storedSummary = async (form: string) => (await storedDraft<{ summary?: string }>(form))?.summary;

describe('drafts', () => {
  it('keeps a half-typed contact, restores it on reopening and says so; discarding is explicit', async () => {
    const id = await createCase(caseInput());
    const first = renderApp(`/cases/${id}/log`);
    await first.user.type(await screen.findByLabelText(/What was said/), 'On hold for 40 minutes, agent Sam said');
    await waitFor(async () => expect(await storedSummary(`interaction:new:${id}`)).toBe('On hold for 40 minutes, agent Sam said'));
    first.unmount();

    const second = renderApp(`/cases/${id}/log`);
    expect(await screen.findByText(/Draft restored from .*: you had not saved this yet\./)).toBeInTheDocument();
    expect(screen.getByLabelText(/What was said/)).toHaveValue('On hold for 40 minutes, agent Sam said');
    await second.user.click(screen.getByRole('button', { name: 'Discard draft' }));
    await waitFor(() => expect(screen.getByLabelText(/What was said/)).toHaveValue(''));
    expect(screen.queryByText(/Draft restored/)).not.toBeInTheDocument();
    expect(await db.drafts.count()).toBe(0);
  });

  it('writes the draft at once when the page is hidden, before the debounce', async () => {
    const id = await createCase(caseInput());
    const { user } = renderApp(`/cases/${id}/log`);
    const box = await screen.findByLabelText(/What was said/);
    await user.type(box, 'x');
    await waitFor(async () => expect(await storedSummary(`interaction:new:${id}`)).toBe('x'));
    // Type and hide the page within the debounce: the flush on visibilitychange writes it.
    await user.type(box, 'yz');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await waitFor(async () => expect(await storedSummary(`interaction:new:${id}`)).toBe('xyz'), { timeout: 300 });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  it('removes the draft once the contact is saved', async () => {
    const id = await createCase(caseInput());
    const { user } = renderApp(`/cases/${id}/log`);
    await user.type(await screen.findByLabelText(/What was said/), 'Saved now');
    await user.selectOptions(screen.getByLabelText('Outcome'), 'no-resolution');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.interactions.count()).toBe(1));
    await waitFor(async () => expect(await db.drafts.count()).toBe(0));
  });

  it('keeps a case form draft separate per case being edited', async () => {
    const a = await createCase(caseInput({ company: 'Netflix' }));
    const first = renderApp(`/cases/${a}/edit`);
    const product = await screen.findByLabelText(/Product or plan/);
    await first.user.clear(product);
    await first.user.type(product, 'Premium 4K');
    await waitFor(async () => expect((await storedDraft<{ product: string }>(`case:edit:${a}`))?.product).toBe('Premium 4K'));
    first.unmount();
    renderApp('/cases/new');
    expect(await screen.findByLabelText(/Product or plan/)).toHaveValue('');
  });
});
