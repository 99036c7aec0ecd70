import { describe, expect, it } from 'vitest';
import {
  MAX_EVIDENCE_BYTES,
  displayCopyType,
  fileProblem,
  fitWithin,
  needsDisplayCopy,
  storagePressure,
} from '../../src/domain/evidence';

describe('evidence file rules', () => {
  it.each([
    [1000, undefined],
    [MAX_EVIDENCE_BYTES, undefined],
    [MAX_EVIDENCE_BYTES + 1, 'too-large'],
    [0, 'empty'],
  ])('a file of %i bytes: %s', (size, problem) => {
    expect(fileProblem(size)).toBe(problem);
  });

  it('gives a display copy to images other than JPEG and PNG, as JPEG for photos and PNG otherwise', () => {
    expect(needsDisplayCopy('jpeg')).toBe(false);
    expect(needsDisplayCopy('png')).toBe(false);
    expect(needsDisplayCopy('pdf')).toBe(false);
    expect(needsDisplayCopy('text')).toBe(false);
    expect(needsDisplayCopy('heic')).toBe(true);
    expect(needsDisplayCopy('webp')).toBe(true);
    expect(displayCopyType('heic')).toBe('image/jpeg');
    expect(displayCopyType('avif')).toBe('image/jpeg');
    expect(displayCopyType('webp')).toBe('image/png');
    expect(displayCopyType('gif')).toBe('image/png');
  });

  it('fits an image on its longest side without enlarging it', () => {
    expect(fitWithin(4032, 3024, 320)).toEqual({ width: 320, height: 240 });
    expect(fitWithin(1170, 2532, 320)).toEqual({ width: 148, height: 320 });
    expect(fitWithin(100, 50, 320)).toEqual({ width: 100, height: 50 });
  });
});

describe('storage pressure', () => {
  const GB = 1024 ** 3;
  it.each([
    [0.5 * GB, GB, 0, 'ok'],
    [0.79 * GB, GB, 0.01 * GB, 'ok'],
    [0.79 * GB, GB, 0.02 * GB, 'warn'],
    [0.95 * GB, GB, 0, 'warn'],
    [0.94 * GB, GB, 0.02 * GB, 'refuse'],
    [0.99 * GB, GB, 1, 'refuse'],
  ])('usage %d of %d plus %d bytes: %s', (usage, quota, incoming, level) => {
    expect(storagePressure(usage, quota, incoming).level).toBe(level);
  });

  it('counts an unknown estimate as ok (the write reports a full disk itself)', () => {
    expect(storagePressure(undefined, undefined, 10).level).toBe('ok');
    expect(storagePressure(10, 0, 10).level).toBe('ok');
  });
});
