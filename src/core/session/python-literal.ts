/**
 * Python string and bytes literals, as the lines of the flask-unsign wordlist are written
 * (`'secret'`, `b'_5#y2L"F4Q8z\n\xec]/'`). In a bytes literal `\xec` is one byte; in a str
 * literal it is the character U+00EC, which Flask turns into two UTF-8 bytes — a different key.
 */

const LITERAL_SHAPE = /^([rRbBuU]|[bB][rR]|[rR][bB])?(['"])([\s\S]*)\2$/;

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

export type PythonLiteral = string | Uint8Array;

/** True when the text is written as a quoted literal (possibly malformed inside). */
export function looksLikePythonLiteral(text: string): boolean {
  return text.length >= 2 && LITERAL_SHAPE.test(text);
}

/** The value of a single Python str/bytes literal, or null when it is not a valid one. */
export function parsePythonLiteral(text: string): PythonLiteral | null {
  const match = LITERAL_SHAPE.exec(text);
  if (!match) return null;
  const prefix = (match[1] ?? '').toLowerCase();
  const quote = match[2] ?? "'";
  const body = match[3] ?? '';
  const isBytes = prefix.includes('b');
  if (isBytes && hasNonAscii(body)) return null;
  const chars = prefix.includes('r') ? rawBody(body, quote) : unescapeBody(body, quote, isBytes);
  if (chars === null) return null;
  return isBytes ? toBytes(chars) : chars;
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** Raw literal: backslashes stay, but a quote may still be escaped and the body cannot end in one. */
function rawBody(body: string, quote: string): string | null {
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      if (i === body.length - 1) return null;
      i++;
    } else if (c === quote) return null;
  }
  return body;
}

function unescapeBody(body: string, quote: string, isBytes: boolean): string | null {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === quote) return null;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const escape = readEscape(body, i + 1, isBytes);
    if (escape === null) return null;
    out += escape.text;
    i = escape.end - 1;
  }
  return out;
}

interface Escape {
  text: string;
  /** Index just past the escape sequence. */
  end: number;
}

function readEscape(body: string, at: number, isBytes: boolean): Escape | null {
  const c = body[at];
  if (c === undefined) return null;
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return { text: simple, end: at + 1 };
  const octal = /^[0-7]{1,3}/.exec(body.slice(at, at + 3));
  if (octal) {
    const code = parseInt(octal[0], 8);
    return isBytes && code > 0xff ? null : { text: String.fromCharCode(code), end: at + octal[0].length };
  }
  if (c === 'x') return hexEscape(body, at + 1, 2);
  if (!isBytes && c === 'u') return hexEscape(body, at + 1, 4);
  if (!isBytes && c === 'U') return hexEscape(body, at + 1, 8);
  // \N{NAME} needs the Unicode name table; the line is skipped rather than guessed.
  if (!isBytes && c === 'N') return null;
  // Python keeps unknown escapes as written.
  return { text: '\\' + c, end: at + 1 };
}

function hexEscape(body: string, from: number, digits: number): Escape | null {
  const hex = body.slice(from, from + digits);
  if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) return null;
  const code = parseInt(hex, 16);
  if (code > 0x10ffff) return null;
  return { text: String.fromCodePoint(code), end: from + digits };
}

/** Bytes literals may only hold ASCII characters; escapes give the other byte values. */
function toBytes(chars: string): Uint8Array | null {
  const out = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    if (code > 0xff) return null;
    out[i] = code;
  }
  return out;
}

/** Python's repr of a bytes value, how a bytes secret is shown: b'_5#y2L"F4Q8z\n\xec]/'. */
export function bytesRepr(bytes: Uint8Array): string {
  let out = "b'";
  for (const byte of bytes) {
    if (byte === 0x5c) out += '\\\\';
    else if (byte === 0x27) out += "\\'";
    else if (byte === 0x0a) out += '\\n';
    else if (byte === 0x0d) out += '\\r';
    else if (byte === 0x09) out += '\\t';
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += '\\x' + byte.toString(16).padStart(2, '0');
  }
  return out + "'";
}
