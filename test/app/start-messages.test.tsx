/**
 * The first screen runs on the first part of the messages only (src/i18n/locales/*-start.ts): a
 * message of Home, the app frame, the call bar or the banners that sits in the other part would show
 * as its key until the rest arrives. Home is rendered here with the first part alone, in both
 * languages, with what makes each of its panels speak: cases with follow-ups due, a running call,
 * totals, and no backup yet.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryLocation } from 'wouter/memory-location';

const DAY = 86_400_000;

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(['en', 'fr'] as const)('Home with only the first part of the %s messages', (lang) => {
  it('shows no message that is not loaded', async () => {
    // Fresh modules: the test setup loaded both languages in full into the shared copy.
    vi.resetModules();
    const { loadLanguage, isLanguageLoaded } = await import('../../src/i18n/translate');
    const { freshDatabase } = await import('../helpers/db');
    const { caseInput, interactionInput } = await import('../helpers/fixtures');
    const { createCase } = await import('../../src/db/repositories/case-repo');
    const { logInteraction } = await import('../../src/db/repositories/interaction-repo');
    const { startCall } = await import('../../src/db/repositories/timer-repo');
    const { useUiStore } = await import('../../src/stores/ui-store');
    const { Router } = await import('wouter');
    const { Layout } = await import('../../src/app/layout');
    const { HomePage } = await import('../../src/app/home-page');

    await freshDatabase();
    const now = Date.now();
    const zone = 'Europe/Paris';
    const promised = await createCase(caseInput({ company: 'Streamflix' }), { now: now - 20 * DAY });
    await logInteraction(interactionInput(promised, { occurredAt: now - 10 * DAY, outcome: 'reply-promised', promisedBy: '2020-01-01' }), { now: now - 10 * DAY });
    await createCase(caseInput({ company: 'LinkedIn' }), { now: now - 3 * DAY });
    await startCall(promised, now - 60_000, zone);

    await loadLanguage(lang, ['start']);
    expect(isLanguageLoaded(lang)).toBe(false);
    useUiStore.setState({ lang });
    const errors = vi.spyOn(console, 'error');
    const location = memoryLocation({ path: '/' });
    render(
      <Router hook={location.hook} searchHook={location.searchHook}>
        <Layout>
          <HomePage />
        </Layout>
      </Router>,
    );
    expect(await screen.findAllByText(/Streamflix/)).not.toHaveLength(0);
    expect(await screen.findAllByText(/LinkedIn/)).not.toHaveLength(0);
    const missing = errors.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('is not loaded'));
    expect(missing).toEqual([]);
  });
});
