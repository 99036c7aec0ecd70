import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RefundDatabase } from '../../../src/db/database';
import { RestoreFlow } from '../../../src/features/backup/restore-flow';
import { useUiStore } from '../../../src/stores/ui-store';
import { freshDatabase } from '../../helpers/db';
import { dumpDatabase, exportStored, seed, type CaseSpec } from '../../export/json/db-helpers';

const spec = (company: string): CaseSpec => ({
  company,
  product: 'Premium',
  accountId: 'me@example.com',
  request: 'Refund',
  charges: [{ day: 3, minor: 1399, currency: 'EUR' }],
  interactions: [{ summary: 'Chat', agentName: 'Léa', references: ['AB-1'], channel: 'chat', outcome: 'no-resolution', minutes: 5, promised: false, deleted: false }],
  files: [{ bytes: Uint8Array.from([1, 2, 3]), thumbnail: undefined, pdf: true, onInteraction: false, deleted: false }],
  status: 'new',
  marks: false,
  deleted: false,
});

let backupText: string;
let target: RefundDatabase;

beforeEach(async () => {
  useUiStore.setState({ lang: 'en' });
  await freshDatabase();
  const now = await seed([spec('Netflix'), spec('LinkedIn')]);
  backupText = await (await exportStored({ now })).blob.text();
  target = await freshDatabase();
  await seed([spec('Spotify')], Date.UTC(2026, 5, 1));
});

const fileOf = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

describe('restore flow', () => {
  it('checks the file, previews it, lets the person choose a policy, and imports on confirm', async () => {
    const user = userEvent.setup();
    render(<RestoreFlow />);
    await user.upload(screen.getByLabelText('Choose a file (.json)'), fileOf(backupText));

    expect(await screen.findByText(/backup\.json, made on .* by Refund Tracker/)).toBeInTheDocument();
    const cases = screen.getByText('Cases').closest('.stat')!;
    expect(within(cases as HTMLElement).getByText('2')).toBeInTheDocument();
    expect(screen.getByText('Cases already on this device: 0.')).toBeInTheDocument();
    expect(await target.cases.count()).toBe(1);

    const policies = screen.getByRole('group', { name: 'When a record is both here and in the file' });
    expect(within(policies).getByRole('radio', { name: /Keep the most recently changed/ })).toBeChecked();
    await user.click(within(policies).getByRole('radio', { name: /Use the file’s version/ }));
    expect(within(policies).getByRole('radio', { name: /Use the file’s version/ })).toBeChecked();
    // Both sides have settings: the file's replace these.
    expect(await screen.findByText(/^Records added: \d+\. Replaced by the file’s: 1\. Yours kept: 0\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/Imported from backup\.json\. Records added: \d+, replaced: 1; yours kept: 0\./);
    expect(await target.cases.count()).toBe(3);

    await user.click(screen.getByRole('button', { name: 'Import another file' }));
    await user.upload(screen.getByLabelText('Choose a file (.json)'), fileOf(backupText));
    expect(await screen.findByText('Cases already on this device: 2.')).toBeInTheDocument();
    expect(await screen.findByText(/^Records added: 0\. .* Already identical: \d+\./)).toBeInTheDocument();
  });

  it('refuses a damaged file with a message naming the file, record and field, and changes nothing', async () => {
    const before = await dumpDatabase(target);
    const broken = JSON.parse(backupText);
    broken.records.charges[0].amount.currency = 'eur';
    const user = userEvent.setup();
    render(<RestoreFlow />);
    await user.upload(screen.getByLabelText('Choose a file (.json)'), fileOf(JSON.stringify(broken), 'old-phone.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`old-phone.json has a value that is not valid in record 1 of “charges” (id ${broken.records.charges[0].id}), field “amount.currency”`);
    expect(alert).toHaveTextContent('Nothing was changed on this device.');
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(await dumpDatabase(target)).toEqual(before);
  });

  it('says in French when a file comes from a newer version of the app', async () => {
    useUiStore.setState({ lang: 'fr' });
    const user = userEvent.setup();
    render(<RestoreFlow />);
    await user.upload(screen.getByLabelText('Choisir un fichier (.json)'), fileOf(backupText.replace('"version":1', '"version":4')));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'backup.json a été créé par une version plus récente de Refund Tracker (format 4 ; cette application lit jusqu’au format 1).',
    );
  });

  it('goes back to choosing a file on cancel, without writing', async () => {
    const before = await dumpDatabase(target);
    const user = userEvent.setup();
    render(<RestoreFlow />);
    await user.upload(screen.getByLabelText('Choose a file (.json)'), fileOf(backupText));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText('Choose a file (.json)')).toBeInTheDocument();
    await waitFor(async () => expect(await dumpDatabase(target)).toEqual(before));
  });
});
