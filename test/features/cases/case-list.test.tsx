import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCase, setCaseStatus } from '../../../src/db/repositories/case-repo';
import { logInteraction } from '../../../src/db/repositories/interaction-repo';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';
import { renderApp } from '../../helpers/render';

beforeEach(async () => {
  await freshDatabase();
});

const T = Date.now() - 86_400_000;

describe('case list', () => {
  it('filters by status, sorted by last activity', async () => {
    const a = await createCase(caseInput({ company: 'Netflix' }), { now: T });
    await createCase(caseInput({ company: 'LinkedIn' }), { now: T + 1000 });
    const c = await createCase(caseInput({ company: 'Spotify' }), { now: T + 2000 });
    await setCaseStatus(c, 'closed', {}, { now: T + 3000 });
    await logInteraction(interactionInput(a, { occurredAt: T + 5000 }), { now: T + 5000 });
    const { user } = renderApp('/cases');
    const list = async () => (await screen.findAllByRole('link', { name: /Netflix|LinkedIn|Spotify/ })).map((l) => l.querySelector('.list-item-title')?.textContent);
    await waitFor(async () => expect(await list()).toEqual(['Netflix', 'LinkedIn']));
    await user.click(screen.getByRole('button', { name: 'Closed' }));
    await waitFor(async () => expect(await list()).toEqual(['Spotify']));
    await user.click(screen.getByRole('button', { name: 'All' }));
    await waitFor(async () => expect(await list()).toEqual(['Netflix', 'Spotify', 'LinkedIn']));
  });

  it('finds a case by agent, reference or an accent-free word, and says when nothing matches', async () => {
    const a = await createCase(caseInput({ company: 'LinkedIn' }));
    await logInteraction(interactionInput(a, { agentName: 'Łukasz', references: ['LI-4471'], summary: 'Demande de révision' }));
    await createCase(caseInput({ company: 'Netflix' }));
    const { user } = renderApp('/cases');
    const box = await screen.findByRole('searchbox', { name: 'Search cases' });
    for (const q of ['revision', 'li4471', 'LI-4471', 'łukasz', 'linked']) {
      await user.clear(box);
      await user.type(box, q);
      await waitFor(() => expect(screen.getAllByRole('link', { name: /LinkedIn|Netflix/ }).map((l) => l.querySelector('.list-item-title')?.textContent)).toEqual(['LinkedIn']));
    }
    await user.clear(box);
    await user.type(box, 'zzz');
    expect(await screen.findByText('Nothing found for “zzz”.')).toBeInTheDocument();
  });
});
