import { describe, expect, it } from 'vitest';
import { sharedCacheMayStore } from '../../../src/core/audit/cache-control';

describe('sharedCacheMayStore', () => {
  it.each([
    ['public', true],
    ['public, max-age=0', true],
    ['max-age=600', true],
    ['s-maxage=60, max-age=0', true],
    ['max-age="120"', true],
    ['PUBLIC', true],
    ['private, max-age=600', false],
    ['no-store, max-age=600', false],
    ['public, private', false],
    ['max-age=0', false],
    ['no-cache', false],
    ['max-age=-1', false],
    ['', false],
  ])('Cache-Control: %s → %s', (header, expected) => {
    expect(sharedCacheMayStore(header)).toBe(expected);
  });

  it('says no when there is no Cache-Control', () => {
    expect(sharedCacheMayStore(undefined)).toBe(false);
  });
});
