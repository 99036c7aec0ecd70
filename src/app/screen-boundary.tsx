/**
 * Catches what a screen throws while rendering, so one broken screen never blanks the whole app. A
 * screen whose code could not load (a newer version replaced it) says so and marks the build outdated;
 * the update prompt then offers the reload. Moving to another screen tries again.
 */
import { Component, type ReactNode } from 'react';
import { failureKey } from '../components/failure-text';
import { translate } from '../i18n/translate';
import { isChunkLoadError } from '../lib/write-error';
import { useUiStore } from '../stores/ui-store';

interface Props {
  children: ReactNode;
}
interface State {
  error: unknown;
  failed: boolean;
}

export class ScreenBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown): void {
    if (isChunkLoadError(error)) useUiStore.getState().setOutdated();
    else console.error('A screen failed to render', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { lang } = useUiStore.getState();
    return (
      <div className="banner banner-warning" role="alert">
        <p>{translate(lang, failureKey(this.state.error, 'action'))}</p>
      </div>
    );
  }
}
