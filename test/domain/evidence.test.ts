import { describe, expect, it } from 'vitest';
import {
  MAX_EVIDENCE_BYTES,
  displayCopyType,
  fileProblem,
  fitWithin,
  mediaTypeOf,
  needsDisplayCopy,
  storagePressure,
} from '../../src/domain/evidence';

describe('evidence file rules', () => {
  it.each([
    ['photo.jpg', 'image/jpeg', 'image/jpeg'],
    ['IMG_0001.HEIC', '', 'image/heic'],
    ['IMG_0002.heif', 'application/octet-stream', 'image/heif'],
    ['scan.PDF', '', 'application/pdf'],
    ['notes.txt', 'text/plain', 'text/plain'],
    ['mystery', '', ''],
  ])('%s (%s) is %s', (name, type, expected) => {
    expect(mediaTypeOf(name, type)).toBe(expected);
  });

  it.each([
    ['image/png', 1000, undefined],
    ['image/heic', 1000, undefined],
    ['application/pdf', MAX_EVIDENCE_BYTES, undefined],
    ['application/pdf', MAX_EVIDENCE_BYTES + 1, 'too-large'],
    ['image/jpeg', 0, 'empty'],
    ['text/plain', 10, 'unsupported'],
    ['application/zip', MAX_EVIDENCE_BYTES + 1, 'unsupported'],
    ['image/svg+xml', 10, 'unsupported'],
    ['', 10, 'unsupported'],
  ])('%s of %i bytes: %s', (type, size, problem) => {
    expect(fileProblem(type, size)).toBe(problem);
  });

  it('gives a display copy to images other than JPEG and PNG, as JPEG for photos and PNG otherwise', () => {
    expect(needsDisplayCopy('image/jpeg')).toBe(false);
    expect(needsDisplayCopy('image/png')).toBe(false);
    expect(needsDisplayCopy('application/pdf')).toBe(false);
    expect(needsDisplayCopy('image/heic')).toBe(true);
    expect(needsDisplayCopy('image/webp')).toBe(true);
    expect(displayCopyType('image/heic')).toBe('image/jpeg');
    expect(displayCopyType('image/avif')).toBe('image/jpeg');
    expect(displayCopyType('image/webp')).toBe('image/png');
    expect(displayCopyType('image/gif')).toBe('image/png');
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
