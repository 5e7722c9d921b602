import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../src/core/session/base64';

describe('base64', () => {
  it('encodes like Buffer in both alphabets', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(encodeBase64(bytes, 'standard')).toBe(Buffer.from(bytes).toString('base64'));
        expect(encodeBase64(bytes, 'url')).toBe(Buffer.from(bytes).toString('base64url'));
      }),
    );
  });

  it('decodes both alphabets, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(decodeBase64(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
        expect(decodeBase64(Buffer.from(bytes).toString('base64url'))).toEqual(bytes);
      }),
    );
  });

  it.each([
    ['a character outside both alphabets', 'ab*d'],
    ['an impossible length', 'abcde'],
    ['padding in the middle', 'ab=d'],
    ['padding on a length that is not a multiple of 4', 'abc=='],
    ['three padding characters', 'a==='],
    ['non-ASCII', 'abcé'],
  ])('rejects %s', (_name, text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});
