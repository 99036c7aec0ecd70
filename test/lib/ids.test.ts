import { describe, expect, it } from 'vitest';
import { isSafeId, newId } from '../../src/lib/ids';

describe('ids', () => {
  it('makes ids that are safe in a path', () => {
    for (let i = 0; i < 50; i++) expect(isSafeId(newId())).toBe(true);
  });

  it.each(['new', 'NEW', '..', '.', 'a/b', 'x?y#z', '%2e%2e', 'a b', '', 'é', 'x'.repeat(65), '__proto__\n'])('refuses %j', (id) => {
    expect(isSafeId(id)).toBe(false);
  });

  it.each(['constructor', '__proto__', 'toString', 'case-1', 'A_b-9', 'x'.repeat(64)])('accepts %j (a valid id, however odd as a key)', (id) => {
    expect(isSafeId(id)).toBe(true);
  });
});
