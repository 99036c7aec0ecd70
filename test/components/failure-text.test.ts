// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { failureKey } from '../../src/components/failure-text';
import { DatabaseClosedError } from '../../src/db/database';
import { StaleWriteError } from '../../src/db/errors';
import { messages } from '../../src/i18n/messages';
import { classifyWriteError, isChunkLoadError } from '../../src/lib/write-error';

const quota = Object.assign(new Error('abort'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') });
const chunk = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/pdf-old.js');

describe('failure messages', () => {
  it('tells failures apart, a lazy part gone after an update included', () => {
    expect(classifyWriteError(quota)).toBe('quota');
    expect(classifyWriteError(new StaleWriteError({}))).toBe('stale');
    expect(classifyWriteError(chunk)).toBe('outdated');
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Failed to fetch'))).toBe(false);
  });

  it('never promises a draft the closed database cannot keep', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const context of ['save', 'draft', 'action'] as const) {
        const text = messages[lang][failureKey(new DatabaseClosedError(), context)];
        expect(text).not.toMatch(/is kept as a draft|est gardée en brouillon/);
      }
    }
    expect(messages.en[failureKey(new DatabaseClosedError(), 'save')]).toMatch(/cannot be kept as a draft either/);
  });

  it('names the way out of a full disk in both languages, for saves and drafts', () => {
    for (const context of ['save', 'draft'] as const) {
      expect(messages.en[failureKey(quota, context)]).toMatch(/Free some space.*download a backup/);
      expect(messages.fr[failureKey(quota, context)]).toMatch(/Libérez de la place.*téléchargez une sauvegarde/);
    }
    // A lazy part gone after an update is a new version, never a full disk.
    expect(messages.en[failureKey(chunk, 'action')]).toMatch(/new version/);
  });

  it('writes French with a non-breaking space before : ; ? !', () => {
    const keys = Object.keys(messages.fr).filter((k) => /^(failure|merge|drafts)\./.test(k) || k === 'banner.outdated' || k === 'banner.updateNotKept');
    for (const key of keys) expect(messages.fr[key as keyof typeof messages.fr], key).not.toMatch(/[^\u00a0][:;?!]/);
  });
});
