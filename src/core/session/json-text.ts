/** Bytes → UTF-8 text → JSON, each step answering null/failure instead of throwing. */

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8, or null when the bytes are not valid UTF-8 (binary payloads: pickle, Marshal). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

export type JsonParse = { ok: true; value: unknown } | { ok: false };

export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** UTF-8 JSON bytes → value; fails on binary or non-JSON. */
export function parseJsonBytes(bytes: Uint8Array): JsonParse {
  const text = decodeUtf8(bytes);
  return text === null ? { ok: false } : parseJson(text);
}

/** A JSON object or array (a session payload), as opposed to a bare string or number. */
export function isJsonContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True when the JSON text puts a space after `:` or `,` outside strings: Python's `json.dumps`
 * default (Starlette), as opposed to the compact separators Flask and Django use.
 */
export function usesSpacedSeparators(json: string): boolean {
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if ((c === 58 || c === 44) && json.charCodeAt(i + 1) === 32) return true;
  }
  return false;
}
