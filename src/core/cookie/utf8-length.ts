/**
 * UTF-8 byte length of `text[start, end)` without encoding it: the 4096- and 1024-byte limits of
 * RFC 6265bis count octets on the wire, not UTF-16 code units.
 */
export function utf8Length(text: string, start = 0, end = text.length): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else {
      // A lone surrogate goes out as U+FFFD, which is 3 bytes like the rest of the BMP.
      bytes += 3;
    }
  }
  return bytes;
}

/** True when `text[start, end)` may exceed `limit` bytes; cheap for short ranges (≤ 3 bytes per code unit). */
export function exceedsUtf8(text: string, start: number, end: number, limit: number): boolean {
  const units = end - start;
  if (units * 3 <= limit) return false;
  if (units > limit) return true;
  return utf8Length(text, start, end) > limit;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
