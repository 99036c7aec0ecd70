import { AppBadgeSync } from '../features/attention/app-badge-sync';
import { AttentionList } from '../features/attention/attention-list';
import { BackupNudge } from '../features/backup/backup-nudge';
import { HomeOverview } from '../features/cases/home-overview';
import { StartCallButton } from '../features/timer/start-call-button';

export function HomePage() {
  return (
    <>
      <HomeOverview attention={<AttentionList />} actions={<StartCallButton className="btn btn-big" />} />
      <BackupNudge />
      <AppBadgeSync />
    </>
  );
}
