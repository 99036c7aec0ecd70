import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getSettings } from '../../../src/db/queries/settings';
import { freshDatabase } from '../../helpers/db';
import { renderApp } from '../../helpers/render';

beforeEach(async () => {
  await freshDatabase();
});

describe('general settings', () => {
  it('switches the whole app to French and remembers it', async () => {
    const { user } = renderApp('/settings');
    expect(await screen.findByRole('radio', { name: /Same as this device/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Français' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Réglages' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dossiers' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect((await getSettings()).language).toBe('fr');
  });

  it('refuses an unknown currency and keeps what was typed', async () => {
    const { user } = renderApp('/settings');
    const field = await screen.findByLabelText('Usual currency for new charges');
    await user.clear(field);
    await user.type(field, 'ABC');
    await user.tab();
    expect(field).toHaveAccessibleDescription(/Unknown currency/);
    expect(field).toHaveValue('ABC');
    expect((await getSettings()).defaultCurrency).toBe('EUR');
    await user.clear(field);
    await user.type(field, 'gbp');
    await user.tab();
    await waitFor(async () => expect((await getSettings()).defaultCurrency).toBe('GBP'));
  });
});
