/** Renders the whole app at a path, with an in-memory location, as a person would meet it. */
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/app/app';
import { useUiStore } from '../../src/stores/ui-store';

export function renderApp(path: string): RenderResult & { location: ReturnType<typeof memoryLocation>; user: ReturnType<typeof userEvent.setup> } {
  useUiStore.setState({ lang: 'en' });
  const location = memoryLocation({ path, record: true });
  // Like the browser's location, routes see the path without its #fragment (history keeps it).
  const hook: typeof location.hook = () => {
    const [current, navigate] = location.hook();
    return [current.split('#')[0]!, navigate];
  };
  const user = userEvent.setup();
  const result = render(
    <Router hook={hook} searchHook={location.searchHook}>
      <App />
    </Router>,
  );
  return { ...result, location, user };
}
