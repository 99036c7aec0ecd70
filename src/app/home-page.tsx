import { BackupNudge } from '../features/backup/backup-nudge';
import { HomeOverview } from '../features/cases/home-overview';

export function HomePage() {
  return (
    <>
      <BackupNudge />
      <HomeOverview />
    </>
  );
}
