/**
 * One screen's error boundary: a screen that fails to render (a stored value no formatter expected,
 * a bug) shows what happened and a backup download, while the navigation and every other screen
 * keep working. Moving to another path tries again. A screen whose code could not load (a newer
 * version replaced it) says so instead and marks the build outdated: the update prompt then offers
 * the reload.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'wouter';
import { failureKey } from '../components/failure-text';
import { BackupButton } from '../features/backup/backup-button';
import { useT } from '../i18n/use-t';
import { ROUTES } from '../lib/routes';
import { isChunkLoadError } from '../lib/write-error';
import { useUiStore } from '../stores/ui-store';

function ScreenFailed({ error }: { error: unknown }) {
  const t = useT();
  if (isChunkLoadError(error)) {
    return (
      <div className="banner banner-warning" role="alert">
        <p>{t(failureKey(error, 'action'))}</p>
      </div>
    );
  }
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

interface State {
  failedAt: string | null;
  error?: unknown;
}

export class ScreenBoundary extends Component<Props, State> {
  override state: State = { failedAt: null };

  static getDerivedStateFromError(error: unknown): State {
    // The path is filled in by componentDidCatch; any non-null value shows the failure until then.
    return { failedAt: '', error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (isChunkLoadError(error)) useUiStore.getState().setOutdated();
    // Kept for the person's bug report (the browser's console); the screen itself shows our words only.
    console.warn('A screen failed to render', error, info.componentStack);
    this.setState({ failedAt: this.props.path });
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failedAt !== null && previous.path !== this.props.path) this.setState({ failedAt: null });
  }

  override render(): ReactNode {
    return this.state.failedAt !== null ? <ScreenFailed error={this.state.error} /> : this.props.children;
  }
}
