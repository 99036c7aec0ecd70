/** Page frame: app bar (phones), navigation (bottom bar on phones, side rail from 1024 px), banners, toasts. */
import { ROUTES } from '../lib/routes';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { Banners } from './banners';
import { CallBar } from '../features/call/call-bar';
import { UpdatePrompt } from '../features/updates/update-prompt';
import { Toasts } from '../components/toasts';
import { useT } from '../i18n/use-t';
import type { MessageKey } from '../i18n/messages';
import { Icon, type IconName } from '../components/icon';
import { BrandMark } from './brand-mark';

const NAV: { href: string; label: MessageKey; icon: IconName; match: (p: string) => boolean }[] = [
  { href: ROUTES.home, label: 'nav.home', icon: 'home', match: (p) => p === ROUTES.home },
  { href: ROUTES.cases, label: 'nav.cases', icon: 'list', match: (p) => p === ROUTES.cases || (p.startsWith(`${ROUTES.cases}/`) && p !== ROUTES.newCase) },
  { href: ROUTES.newCase, label: 'nav.newCase', icon: 'plus', match: (p) => p === ROUTES.newCase },
  { href: ROUTES.settings, label: 'nav.settings', icon: 'settings', match: (p) => p === ROUTES.settings },
];

export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const [path] = useLocation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <nav className="nav" aria-label={t('nav.main')}>
        <div className="nav-brand" aria-hidden="true">
          <BrandMark />
          <span>{t('app.name')}</span>
        </div>
        <ul>
          {NAV.map((item) => {
            const current = item.match(path);
            return (
              <li key={item.href}>
                <Link href={item.href} className="nav-link" aria-current={current ? 'page' : undefined}>
                  <Icon name={item.icon} />
                  <span>{t(item.label)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="shell-main">
        <header className="app-bar">
          <BrandMark size={24} />
          <span>{t('app.name')}</span>
        </header>
        <CallBar />
        <Banners />
        <UpdatePrompt />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Toasts />
    </div>
  );
}
