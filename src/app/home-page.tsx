import { HomeOverview } from '../features/cases/home-overview';

export function HomePage() {
  return <HomeOverview />;
}
