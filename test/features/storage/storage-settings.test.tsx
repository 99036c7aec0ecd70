import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageSettings } from '../../../src/features/storage/storage-settings';
import { useUiStore } from '../../../src/stores/ui-store';
import { freshDatabase } from '../../helpers/db';
import { installStorageManager, removeStorageManager } from '../../pwa/fake-storage-manager';

describe('StorageSettings', () => {
  beforeEach(async () => {
    await freshDatabase();
    useUiStore.setState({ lang: 'en' });
  });
  afterEach(() => removeStorageManager());

  it('shows that data is not protected, how much is used, and protects it on request', async () => {
    const storage = installStorageManager({ persisted: false, grant: true, usage: 1_234_567, quota: 2_000_000_000 });
    render(<StorageSettings />);
    expect(await screen.findByText(/Not protected yet/)).toBeInTheDocument();
    expect(screen.getByText('Using 1.3 MB of about 2 GB available.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Protect my data' }));
    expect(await screen.findByText('Done: the browser will keep this data.')).toBeInTheDocument();
    expect(screen.getByText(/^Protected:/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Protect my data' })).not.toBeInTheDocument();
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('says so when the browser refuses, in French', async () => {
    useUiStore.setState({ lang: 'fr' });
    installStorageManager({ persisted: false, grant: false, usage: 52_000, quota: 300_000_000 });
    render(<StorageSettings />);
    expect(await screen.findByText(/52\s?ko utilisés sur environ 300\s?Mo disponibles\./)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Protéger mes données' }));
    expect(await screen.findByText(/Le navigateur a refusé/)).toBeInTheDocument();
    expect(screen.getByText(/^Pas encore protégé/)).toBeInTheDocument();
  });

  it('opens with the state the page already read, complete on its first render', () => {
    const storage = installStorageManager({ persisted: false, usage: 1_234_567, quota: 2_000_000_000 });
    render(<StorageSettings initial={{ supported: true, persisted: false, usage: 1_234_567, quota: 2_000_000_000 }} />);
    expect(screen.getByText(/Not protected yet/)).toBeInTheDocument();
    expect(screen.getByText('Using 1.3 MB of about 2 GB available.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Protect my data' })).toBeInTheDocument();
    expect(storage.persisted).not.toHaveBeenCalled();
  });

  it('says the browser cannot tell when there is no storage manager', async () => {
    removeStorageManager();
    render(<StorageSettings />);
    expect(await screen.findByText(/This browser does not say whether it keeps this data/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
