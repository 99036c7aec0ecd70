import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { createCase } from '../../../src/db/repositories/case-repo';
import { logInteraction } from '../../../src/db/repositories/interaction-repo';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';
import { renderApp } from '../../helpers/render';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

beforeEach(async () => {
  await freshDatabase();
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: vi.fn().mockResolvedValue({ usage: 1, quota: 1e9 }) } });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('evidence for one contact', () => {
  it('opens the attach form from a contact in the timeline and links the file to that contact', async () => {
    const id = await createCase(caseInput());
    const iid = await logInteraction(interactionInput(id, { occurredAt: Date.now() - 60_000, summary: 'Sent the screenshot by chat' }));
    const { user, location } = renderApp(`/cases/${id}`);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    await user.click(await within(timeline).findByRole('link', { name: 'Attach a file' }));
    expect(location.history?.at(-1)).toBe(`/cases/${id}?attach=${iid}`);
    expect(await screen.findByText('These files will be attached to the contact you chose in the timeline.')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Choose files'), new File([PNG], 'chat.png', { type: 'image/png' }));
    await user.click(screen.getByRole('button', { name: 'Attach 1 file(s)' }));
    await waitFor(async () => expect(await db.evidence.toArray()).toMatchObject([{ caseId: id, interactionId: iid, name: 'chat.png' }]));
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/cases/${id}`));
    // The whole case page renders: slow on a busy machine.
  }, 20_000);
});
