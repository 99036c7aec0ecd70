import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../../src/features/updates/update-prompt';
import { registerDraftForm } from '../../../src/stores/draft-registry';
import { useUiStore } from '../../../src/stores/ui-store';

const { applyUpdate } = vi.hoisted(() => ({ applyUpdate: vi.fn() }));
vi.mock('../../../src/pwa/register', () => ({ applyUpdate }));

describe('UpdatePrompt', () => {
  beforeEach(() => {
    applyUpdate.mockClear();
    useUiStore.setState({ lang: 'en', updateReady: false, outdated: false, dirtyForms: 0 });
  });

  it('shows nothing until a new version is waiting', () => {
    render(<UpdatePrompt />);
    expect(screen.queryByRole('button', { name: 'Update' })).not.toBeInTheDocument();
  });

  it('updates on request when no form is dirty', async () => {
    useUiStore.setState({ updateReady: true });
    render(<UpdatePrompt />);
    expect(screen.getByText('A new version of Refund Tracker is ready.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('holds the update back while a form has unsaved input, then offers it again', async () => {
    useUiStore.setState({ updateReady: true, dirtyForms: 1 });
    render(<UpdatePrompt />);
    expect(screen.getByText('A new version is ready. Finish or save what you are typing first.')).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Update' });
    expect(button).toBeDisabled();
    await userEvent.click(button);
    expect(applyUpdate).not.toHaveBeenCalled();

    useUiStore.getState().markDirty(false);
    expect(await screen.findByRole('button', { name: 'Update' })).toBeEnabled();
  });

  it('speaks French and can be put off until later', async () => {
    useUiStore.setState({ lang: 'fr', updateReady: true });
    render(<UpdatePrompt />);
    expect(screen.getByText('Une nouvelle version de Refund Tracker est prête.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Plus tard' }));
    expect(screen.queryByRole('button', { name: 'Mettre à jour' })).not.toBeInTheDocument();
  });

  it('has every open form write its draft before reloading, and stays when a draft cannot be written', async () => {
    useUiStore.setState({ updateReady: true });
    let kept = false;
    const unregister = registerDraftForm(async () => kept);
    render(<UpdatePrompt />);
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(await screen.findByText('What you are typing could not be kept as a draft, so the page was not reloaded. Save it (or copy it) first.')).toBeInTheDocument();
    expect(applyUpdate).not.toHaveBeenCalled();
    kept = true;
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(applyUpdate).toHaveBeenCalledTimes(1);
    unregister();
  });

  it('says a new version is ready when a part of this build failed to load, in French too', async () => {
    useUiStore.getState().setOutdated();
    const { unmount } = render(<UpdatePrompt />);
    expect(screen.getByText(/this page still runs the old one/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Later' })).not.toBeInTheDocument();
    unmount();
    useUiStore.setState({ lang: 'fr' });
    render(<UpdatePrompt />);
    expect(screen.getByText(/cette page utilise encore l’ancienne/)).toBeInTheDocument();
  });
});
