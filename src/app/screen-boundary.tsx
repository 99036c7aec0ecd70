/**
 * One screen's error boundary: a screen that fails to render (a stored value no formatter expected,
 * a bug) shows what happened and a backup download, while the navigation and every other screen
 * keep working. Moving to another path tries again.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'wouter';
import { BackupButton } from '../features/backup/backup-button';
import { useT } from '../i18n/use-t';
import { ROUTES } from '../lib/routes';

function ScreenFailed() {
  const t = useT();
  return (
    <section className="page screen-failed" role="alert" aria-labelledby="screen-failed-title">
      <h1 id="screen-failed-title">{t('screen.failed.title')}</h1>
      <p>{t('screen.failed.body')}</p>
      <p>{t('screen.failed.backup')}</p>
      <div className="btn-row">
        <BackupButton />
        <Link href={ROUTES.home} className="btn">
          {t('screen.failed.home')}
        </Link>
      </div>
    </section>
  );
}

interface Props {
  /** The screen's path: a failure is shown until the person moves to another one. */
  path: string;
  children: ReactNode;
}

export class ScreenBoundary extends Component<Props, { failedAt: string | null }> {
  override state: { failedAt: string | null } = { failedAt: null };

  static getDerivedStateFromError(): { failedAt: string } {
    // The path is filled in by componentDidCatch; any non-null value shows the failure until then.
    return { failedAt: '' };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for the person's bug report (the browser's console); the screen itself shows our words only.
    console.warn('A screen failed to render', error, info.componentStack);
    this.setState({ failedAt: this.props.path });
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failedAt !== null && previous.path !== this.props.path) this.setState({ failedAt: null });
  }

  override render(): ReactNode {
    return this.state.failedAt !== null ? <ScreenFailed /> : this.props.children;
  }
}
