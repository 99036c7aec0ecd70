import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../src/domain/deadlines';
import { CompanyNotes } from '../../../src/features/playbooks/company-notes';
import { DeadlineDateForm } from '../../../src/features/deadlines/deadline-date-form';
import { useUiStore } from '../../../src/stores/ui-store';
import { freshDatabase } from '../../helpers/db';
import { bundle, SETTINGS } from '../../domain/follow-up/build';

const dirtyForms = () => useUiStore.getState().dirtyForms;

beforeEach(async () => {
  await freshDatabase();
  useUiStore.setState({ lang: 'en', dirtyForms: 0 });
});

describe('unsaved input holds back an app update', () => {
  it('company notes: dirty while typed and not stored, released once saved', async () => {
    const user = userEvent.setup();
    render(<CompanyNotes company="Netflix" companyKey="netflix" />);
    const box = screen.getByRole('textbox', { name: /notes/i });
    expect(dirtyForms()).toBe(0);

    await user.type(box, 'Ask for the billing team');
    expect(dirtyForms()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Save notes' }));
    expect(await screen.findByText('Saved', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(box).toHaveValue('Ask for the billing team');
    expect(dirtyForms()).toBe(0);
  });

  it('deadline date: dirty while the date differs from the one in force, released when put back or closed', () => {
    const b = bundle({ charges: [{ on: '2026-11-02', id: 'c1' }] });
    const deadline = computeDeadlines(b, SETTINGS, b.case.timeZone).find((d) => d.ruleId === 'card-dispute')!;
    const view = render(<DeadlineDateForm caseId={b.case.id} deadline={deadline} onClose={() => undefined} />);
    const input = screen.getByLabelText('Your last safe day');
    expect(dirtyForms()).toBe(0);

    fireEvent.change(input, { target: { value: '2027-01-15' } });
    expect(dirtyForms()).toBe(1);
    fireEvent.change(input, { target: { value: deadline.date } });
    expect(dirtyForms()).toBe(0);

    fireEvent.change(input, { target: { value: '2027-01-15' } });
    expect(dirtyForms()).toBe(1);
    view.unmount();
    expect(dirtyForms()).toBe(0);
  });
});
