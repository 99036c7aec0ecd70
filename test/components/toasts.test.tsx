import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Toasts } from '../../src/components/toasts';
import { useToastStore } from '../../src/stores/toast-store';
import { useUiStore } from '../../src/stores/ui-store';

describe('toasts', () => {
  it('says so when an undo fails', async () => {
    useUiStore.setState({ lang: 'en' });
    render(<Toasts />);
    act(() => {
      useToastStore.getState().show({ message: 'Contact deleted', tone: 'info', action: { label: 'Undo', run: () => Promise.reject(new Error('disk full')) } });
    });
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong and this was not done.');
  });
});
