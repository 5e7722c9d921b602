import { describe, expect, it } from 'vitest';
import { estimateEntropyBits } from '../../../src/core/session/entropy';

describe('estimateEntropyBits', () => {
  it.each([
    ['1234567890', 33, 'digits'],
    ['0f8a2c4e6b1d3f5a7c9e1b3d5f7a9c1e', 128, 'lowercase hex'],
    ['k3v9q2m7h1c8r4t6u0n5b2a9p3', 130, "PHP's [0-9a-v]"],
    ['tDSLMw-GXbmFB1gsLv1hTn2JRfhB06M9', 192, 'base64url'],
    ['YWJjZA==', 35, 'padded base64 (padding carries nothing)'],
    ['', 0, 'empty'],
  ])('estimates %s at %i bits (%s)', (id, bits) => {
    expect(estimateEntropyBits(id)).toBe(bits);
  });
});
