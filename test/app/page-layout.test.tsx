/**
 * Home, a case and Settings appear in their final layout: no state of the page that a browser
 * could paint shows content that a panel loading later would push down. Each batch of DOM changes
 * (one per React commit) is recorded with a MutationObserver and checked.
 */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../src/db/repositories/case-repo';
import { logInteraction } from '../../src/db/repositories/interaction-repo';
import { freshDatabase } from '../helpers/db';
import { caseInput, interactionInput } from '../helpers/fixtures';
import { renderApp } from '../helpers/render';
import { installStorageManager, removeStorageManager } from '../pwa/fake-storage-manager';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const DAY = 86_400_000;

interface PageState {
  /** The page's section headings, in order. */
  headings: string[];
  text: string;
  attentionItems: number;
}

function readPage(): PageState {
  return {
    headings: [...document.querySelectorAll('main h2')].map((h) => h.textContent ?? ''),
    text: document.querySelector('main')?.textContent ?? '',
    attentionItems: document.querySelectorAll('main .attention-item').length,
  };
}

let observer: MutationObserver | undefined;

/** Starts recording before the page renders; the returned list grows with every batch of changes. */
function recordStates(): PageState[] {
  const states: PageState[] = [readPage()];
  observer = new MutationObserver(() => states.push(readPage()));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  return states;
}

beforeEach(async () => {
  await freshDatabase();
});
afterEach(() => {
  observer?.disconnect();
  removeStorageManager();
});

describe('pages appear in their final layout', () => {
  it('Settings: every section at once, each with what it shows, after one loading line', async () => {
    installStorageManager({ persisted: false, usage: 52_000, quota: 300_000_000 });
    const states = recordStates();
    renderApp('/settings');
    expect(await screen.findByRole('button', { name: 'Protect my data' })).toBeInTheDocument();
    const final = ['General', 'Reminders and deadlines', 'Storage on this device', 'Your data'];
    expect(states.at(-1)!.headings).toEqual(final);
    expect(states.some((s) => s.text.includes('Loading…'))).toBe(true);
    for (const s of states.filter((s) => s.headings.length > 0)) {
      expect(s.headings).toEqual(final);
      expect(s.text).not.toContain('Checking storage…');
      expect(s.text).toContain('Protect my data');
      expect(s.text).toContain('No full backup yet.');
      expect(s.text).not.toContain('Loading…');
    }
  });

  it('a case: next steps, deadlines and playbook come with the case, never after it', async () => {
    const opts = { now: Date.now() - 2 * DAY, timeZone: ZONE };
    const id = await createCase(caseInput({ company: 'Northwind Airlines', reason: 'other', paymentMethod: 'card' }), opts);
    await logInteraction(interactionInput(id, { occurredAt: Date.now() - DAY, outcome: 'no-resolution' }), opts);
    const states = recordStates();
    renderApp(`/cases/${id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Airlines' })).toBeInTheDocument();
    const panels = (s: PageState) => s.headings.filter((h) => h === 'Next steps' || h === 'Deadlines and rights' || h.startsWith('Playbook: '));
    const withCase = states.filter((s) => s.headings.includes('Money'));
    expect(withCase.length).toBeGreaterThan(0);
    for (const s of withCase) {
      expect(panels(s)).toHaveLength(3);
      expect(s.headings.indexOf('Next steps')).toBeLessThan(s.headings.indexOf('Money'));
    }
  });

  it('Home: the attention list is there, complete, whenever the recent cases are', async () => {
    const opts = { now: Date.now() - 10 * DAY, timeZone: ZONE };
    for (const company of ['Netflix', 'Spotify', 'Hulu']) {
      const id = await createCase(caseInput({ company, reason: 'other', paymentMethod: 'paypal' }), opts);
      await logInteraction(interactionInput(id, { occurredAt: Date.now() - 5 * DAY, outcome: 'no-resolution' }), opts);
    }
    const states = recordStates();
    renderApp('/');
    expect(await screen.findByRole('link', { name: /Hulu/ })).toBeInTheDocument();
    const withRecent = states.filter((s) => s.headings.includes('Recent cases'));
    expect(withRecent.length).toBeGreaterThan(0);
    for (const s of withRecent) {
      expect(s.headings[0]).toBe('What to do next');
      expect(s.attentionItems).toBe(3);
    }
  });
});
