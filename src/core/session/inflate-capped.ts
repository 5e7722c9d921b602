import { Unzlib } from 'fflate';

/** Decompressed session payloads larger than this are refused (no real session comes close). */
export const MAX_DECOMPRESSED_BYTES = 1024 * 1024;

/**
 * Compressed input is fed in small chunks, so a zlib bomb produces at most ~0.5 MiB per push
 * (deflate's best ratio is ~1032:1) before the cap is noticed and inflation stops.
 */
const INPUT_CHUNK = 512;

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' };

/** Inflates zlib data (RFC 1950), giving up as soon as the output passes `cap` bytes. */
export function inflateZlibCapped(input: Uint8Array, cap: number = MAX_DECOMPRESSED_BYTES): InflateResult {
  if (input.length === 0) return { ok: false, reason: 'corrupt' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  let ended = false;
  const stream = new Unzlib((chunk, final) => {
    total += chunk.length;
    if (total > cap) tooLarge = true;
    else chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let offset = 0; offset < input.length && !tooLarge; offset += INPUT_CHUNK) {
      const end = offset + INPUT_CHUNK;
      stream.push(input.subarray(offset, end), end >= input.length);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (tooLarge) return { ok: false, reason: 'too-large' };
  const bytes = concat(chunks, total);
  // fflate neither checks the Adler-32 trailer nor notices a missing deflate body.
  if (!ended || adler32(bytes) !== readTrailer(input)) return { ok: false, reason: 'corrupt' };
  return { ok: true, bytes };
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    // 5552 bytes is the longest run whose sums cannot overflow before the modulo (zlib's NMAX).
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i] ?? 0;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function readTrailer(input: Uint8Array): number {
  const n = input.length;
  if (n < 4) return -1;
  return (((input[n - 4] ?? 0) << 24) | ((input[n - 3] ?? 0) << 16) | ((input[n - 2] ?? 0) << 8) | (input[n - 1] ?? 0)) >>> 0;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
