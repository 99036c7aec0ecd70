import { AppBadgeSync } from '../features/attention/app-badge-sync';
import { AttentionList } from '../features/attention/attention-list';
import { BackupNudge } from '../features/backup/backup-nudge';
import { HomeOverview } from '../features/cases/home-overview';

export function HomePage() {
  return (
    <>
      <BackupNudge />
      <HomeOverview attention={<AttentionList />} />
      <AppBadgeSync />
    </>
  );
}
