import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateZlibCapped, MAX_DECOMPRESSED_BYTES } from '../../../src/core/session/inflate-capped';

describe('inflateZlibCapped', () => {
  it('inflates what zlib compressed, across many input chunks', () => {
    const text = new TextEncoder().encode(JSON.stringify(Array.from({ length: 1500 }, (_, i) => ({ i, s: `v${i * 7919}` }))));
    const compressed = zlibSync(text);
    expect(compressed.length).toBeGreaterThan(2048);
    const result = inflateZlibCapped(compressed);
    expect(result).toEqual({ ok: true, bytes: text });
  });

  it('accepts output of exactly the cap', () => {
    const result = inflateZlibCapped(zlibSync(new Uint8Array(MAX_DECOMPRESSED_BYTES)));
    expect(result.ok && result.bytes.length).toBe(MAX_DECOMPRESSED_BYTES);
  });

  it('refuses a 10 MB zlib bomb in under 200 ms', () => {
    const bomb = zlibSync(new Uint8Array(10 * 1024 * 1024), { level: 9 });
    inflateZlibCapped(zlibSync(new Uint8Array(4096)));
    const started = performance.now();
    const result = inflateZlibCapped(bomb);
    const elapsed = performance.now() - started;
    expect(result).toEqual({ ok: false, reason: 'too-large' });
    expect(elapsed).toBeLessThan(200);
  });

  it.each([
    ['empty input', new Uint8Array(0)],
    ['raw deflate without the zlib header', new Uint8Array([0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00])],
    ['a truncated stream', zlibSync(new TextEncoder().encode('hello hello hello hello')).subarray(0, 6)],
    ['random bytes', new Uint8Array([0x78, 0x9c, 0xff, 0xff, 0xff, 0xff, 0x00, 0x13])],
  ])('reports %s as corrupt', (_name, input) => {
    expect(inflateZlibCapped(input)).toEqual({ ok: false, reason: 'corrupt' });
  });
});
