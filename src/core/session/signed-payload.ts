import { phrase, type Phrase } from '../i18n/phrase';
import { decodeBase64 } from './base64';
import { inflateZlibCapped, MAX_DECOMPRESSED_BYTES } from './inflate-capped';

/**
 * The payload segment of an itsdangerous or Django value: url-safe base64, zlib-compressed when
 * the value starts with '.'. Returns null (with a warning saying why) when it cannot be read.
 */
export function readPayloadSegment(segment: string, compressed: boolean, warnings: Phrase[]): Uint8Array | null {
  const bytes = decodeBase64(segment);
  if (bytes === null) {
    warnings.push(phrase('warnNotBase64'));
    return null;
  }
  if (!compressed) return bytes;
  const inflated = inflateZlibCapped(bytes);
  if (inflated.ok) return inflated.bytes;
  warnings.push(
    inflated.reason === 'too-large'
      ? phrase('warnInflateTooLarge', String(MAX_DECOMPRESSED_BYTES / 1024 / 1024))
      : phrase('warnNotZlib'),
  );
  return null;
}

/** Big-endian unsigned integer (itsdangerous timestamps drop leading zero bytes). */
export function readBigEndian(bytes: Uint8Array): number {
  let value = 0;
  for (const byte of bytes) value = value * 256 + byte;
  return value;
}
