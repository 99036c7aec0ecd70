/**
 * Home composes the overview with the attention list and the backup reminder. It waits until the
 * attention list's data is known, so the list appears in place instead of pushing the recent cases
 * and the totals down when it loads.
 */
import { AppBadgeSync } from '../features/follow-ups/app-badge-sync';
import { AttentionList } from '../features/follow-ups/attention-list';
import { useAttentionListReady } from '../features/follow-ups/use-ready';
import { BackupNudge } from '../features/backup/backup-nudge';
import { HomeOverview } from '../features/cases/home-overview';
import { StartCallButton } from '../features/call/start-call-button';
import { PageLoading } from './page-loading';

export function HomePage() {
  if (!useAttentionListReady()) return <PageLoading />;
  return (
    <>
      <HomeOverview attention={<AttentionList />} actions={<StartCallButton className="btn btn-big" />} />
      <BackupNudge />
      <AppBadgeSync />
    </>
  );
}
