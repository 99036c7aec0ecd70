import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { updateSettings } from '../../src/db/repositories/settings-repo';
import { freshDatabase } from '../helpers/db';
import { renderApp } from '../helpers/render';

describe('database banners', () => {
  it('asks for a reload when another tab upgrades the database, and refuses writes meanwhile', async () => {
    await freshDatabase();
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    // Another tab opens the same database at a higher version: this tab receives versionchange.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(db.name, db.verno * 10 + 10);
      req.onupgradeneeded = () => undefined;
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('The app was updated in another tab. Reload to keep working.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await expect(updateSettings({ language: 'fr' })).rejects.toThrow(/another tab/);
  });
});
