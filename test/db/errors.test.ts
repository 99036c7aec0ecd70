import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DatabaseClosedError, ReadOnlyDatabaseError } from '../../src/db/database';
import { ValidationError } from '../../src/db/errors';
import { classifyWriteError } from '../../src/lib/write-error';

describe('classifyWriteError', () => {
  it('finds a quota error bare, wrapped by Dexie, or as the inner error of an AbortError', () => {
    expect(classifyWriteError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(classifyWriteError(new Dexie.QuotaExceededError('full'))).toBe('quota');
    const abort = new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError'));
    expect(classifyWriteError(abort)).toBe('quota');
    expect(classifyWriteError({ name: 'AbortError', inner: { name: 'AbortError', inner: { name: 'QuotaExceededError' } } })).toBe('quota');
  });

  it('names a closed or read-only database and invalid input; anything else is unknown', () => {
    expect(classifyWriteError(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(classifyWriteError(new DatabaseClosedError())).toBe('closed');
    expect(classifyWriteError(new ReadOnlyDatabaseError())).toBe('read-only');
    expect(classifyWriteError(new ValidationError('company', 'empty'))).toBe('invalid');
    expect(classifyWriteError(new Dexie.AbortError('aborted'))).toBe('unknown');
    expect(classifyWriteError('boom')).toBe('unknown');
  });
});
