import { describe, expect, it } from 'vitest';
import { exceedsUtf8, utf8Length } from '../../../src/core/cookie/utf8-length';

describe('utf8Length', () => {
  it.each(['', 'abc', 'é', '€uro', '😀', 'a😀b', 'ключ', '\ud800', 'x\udc00y'])('agrees with TextEncoder on %j', (text) => {
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('measures only the given range', () => {
    expect(utf8Length('ab€cd', 1, 4)).toBe(5);
  });
});

describe('exceedsUtf8', () => {
  it.each([
    ['a'.repeat(10), 10, false],
    ['a'.repeat(11), 10, true],
    ['é'.repeat(5), 10, false],
    ['é'.repeat(6), 10, true],
    ['€'.repeat(3), 10, false],
    ['€'.repeat(4), 10, true],
  ])('%j over %d bytes → %s', (text, limit, expected) => {
    expect(exceedsUtf8(text, 0, text.length, limit)).toBe(expected);
  });
});
