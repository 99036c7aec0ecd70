import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { createCase } from '../../../src/db/repositories/case-repo';
import { readLastBackup, recordBackup } from '../../../src/db/repositories/backup-repo';
import { updateSettings } from '../../../src/db/repositories/settings-repo';
import { BackupNudge } from '../../../src/features/backup/backup-nudge';
import { CaseExportButton } from '../../../src/features/backup/case-export-button';
import { useUiStore } from '../../../src/stores/ui-store';
import { freshDatabase } from '../../helpers/db';
import { caseInput } from '../../helpers/fixtures';
import { installStorageManager, removeStorageManager } from '../../pwa/fake-storage-manager';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 12);

/** Catches what the app hands to the browser as a download. */
function catchDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b: Blob | MediaSource) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
  });
  return saved;
}

beforeEach(async () => {
  useUiStore.setState({ lang: 'en' });
  await freshDatabase();
});
afterEach(() => {
  removeStorageManager();
});

const renderNudge = (now = NOW) =>
  render(
    <Router>
      <BackupNudge now={now} />
    </Router>,
  );

describe('Home backup nudge', () => {
  it('stays away while there are no cases', async () => {
    installStorageManager({ persisted: false });
    const { container } = renderNudge();
    await new Promise((r) => setTimeout(r, 50));
    expect(container).toBeEmptyDOMElement();
  });

  it('nudges when no backup was ever made, and goes away once one is', async () => {
    installStorageManager({ persisted: true });
    await createCase(caseInput(), { now: NOW - 3 * DAY });
    const downloads = catchDownloads();
    renderNudge();
    expect(await screen.findByText(/You have not made a backup yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Backup settings' })).toHaveAttribute('href', '/settings#your-data');

    await userEvent.click(screen.getByRole('button', { name: 'Download a full backup' }));
    await waitFor(() => expect(screen.queryByText(/You have not made a backup yet/)).not.toBeInTheDocument());
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^refund-tracker-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await downloads[0]!.blob.text());
    expect(file.format).toBe('refund-tracker-export');
    expect(file.records.cases).toHaveLength(1);
    const last = await readLastBackup();
    expect(last).toMatchObject({ at: file.exportedAt, cases: 1, files: 0, bytes: downloads[0]!.blob.size });
  });

  it('says how old the backup is, and why sooner when the browser may clear the data (French)', async () => {
    useUiStore.setState({ lang: 'fr' });
    installStorageManager({ persisted: false });
    await createCase(caseInput(), { now: NOW - 20 * DAY });
    await recordBackup({ at: NOW - 9 * DAY, cases: 1, files: 0 });
    renderNudge();
    expect(await screen.findByText('Votre dernière sauvegarde date de 9 jours.')).toBeInTheDocument();
    expect(screen.getByText(/Votre navigateur ne s’est pas engagé à conserver/)).toBeInTheDocument();
  });

  it('follows the reminder chosen in settings', async () => {
    installStorageManager({ persisted: true });
    await createCase(caseInput(), { now: NOW - 40 * DAY });
    await recordBackup({ at: NOW - 20 * DAY, cases: 1, files: 0 });
    await updateSettings({ backupReminderDays: 14 });
    renderNudge();
    expect(await screen.findByText('Your last backup is 20 days old.')).toBeInTheDocument();
  });
});

describe('per-case export button', () => {
  it('downloads the case alone, named after its company', async () => {
    const id = await createCase(caseInput({ company: 'Canal+ Société' }));
    await createCase(caseInput({ company: 'Other' }));
    const downloads = catchDownloads();
    render(<CaseExportButton caseId={id} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Export this case (JSON)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/^refund-tracker-case-canal-societe-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await downloads[0]!.blob.text());
    expect(file.scope).toBe('case');
    expect(file.caseId).toBe(id);
    expect(file.records.cases.map((c: { id: string }) => c.id)).toEqual([id]);
    expect(await readLastBackup()).toBeUndefined();
  });
});
