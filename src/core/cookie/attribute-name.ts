/**
 * Classifies a Set-Cookie attribute name without allocating: the parser hands over a range of the
 * line and gets a small integer back, so no lower-cased copy is made per attribute.
 */

export const AttributeKind = {
  Unknown: 0,
  Expires: 1,
  MaxAge: 2,
  Domain: 3,
  Path: 4,
  Secure: 5,
  HttpOnly: 6,
  SameSite: 7,
  Partitioned: 8,
  /** Chrome's Priority, and SameParty (shipped in Chrome, since withdrawn): real-world, not in the RFC. */
  Nonstandard: 9,
  /** RFC 2109/2965 attributes (Version, Comment, …) that browsers have always ignored. */
  Legacy: 10,
} as const;
export type AttributeKind = (typeof AttributeKind)[keyof typeof AttributeKind];

/** Bit for the duplicate check; only the kinds the RFC gives a meaning have one. */
export function attributeBit(kind: AttributeKind): number {
  return kind >= AttributeKind.Expires && kind <= AttributeKind.Partitioned ? 1 << kind : 0;
}

/** Dispatches on the first letter, then the length, so most names cost one comparison loop. */
export function classifyAttribute(line: string, start: number, end: number): AttributeKind {
  const length = end - start;
  if (length < 4) return AttributeKind.Unknown;
  switch (line.charCodeAt(start) | 0x20) {
    case 0x65: // e
      return length === 7 && matches(line, start, 'expires') ? AttributeKind.Expires : AttributeKind.Unknown;
    case 0x6d: // m
      return length === 7 && matches(line, start, 'max-age') ? AttributeKind.MaxAge : AttributeKind.Unknown;
    case 0x64: // d
      if (length === 6) return matches(line, start, 'domain') ? AttributeKind.Domain : AttributeKind.Unknown;
      return length === 7 && matches(line, start, 'discard') ? AttributeKind.Legacy : AttributeKind.Unknown;
    case 0x70: // p
      return classifyP(line, start, length);
    case 0x73: // s
      if (length === 6) return matches(line, start, 'secure') ? AttributeKind.Secure : AttributeKind.Unknown;
      if (length === 8) return matches(line, start, 'samesite') ? AttributeKind.SameSite : AttributeKind.Unknown;
      return length === 9 && matches(line, start, 'sameparty') ? AttributeKind.Nonstandard : AttributeKind.Unknown;
    case 0x68: // h
      return length === 8 && matches(line, start, 'httponly') ? AttributeKind.HttpOnly : AttributeKind.Unknown;
    case 0x76: // v
      return length === 7 && matches(line, start, 'version') ? AttributeKind.Legacy : AttributeKind.Unknown;
    case 0x63: // c
      return (length === 7 && matches(line, start, 'comment')) || (length === 10 && matches(line, start, 'commenturl'))
        ? AttributeKind.Legacy
        : AttributeKind.Unknown;
    default:
      return AttributeKind.Unknown;
  }
}

function classifyP(line: string, start: number, length: number): AttributeKind {
  if (length === 4) {
    if (matches(line, start, 'path')) return AttributeKind.Path;
    return matches(line, start, 'port') ? AttributeKind.Legacy : AttributeKind.Unknown;
  }
  if (length === 8) return matches(line, start, 'priority') ? AttributeKind.Nonstandard : AttributeKind.Unknown;
  return length === 11 && matches(line, start, 'partitioned') ? AttributeKind.Partitioned : AttributeKind.Unknown;
}

/** Canonical spelling for messages, whatever case the site used. */
export const ATTRIBUTE_LABEL: readonly string[] = [
  '',
  'Expires',
  'Max-Age',
  'Domain',
  'Path',
  'Secure',
  'HttpOnly',
  'SameSite',
  'Partitioned',
];

/** Case-insensitive ASCII comparison of `line` at `start` with a lower-case literal of the same length. */
export function matches(line: string, start: number, literal: string): boolean {
  for (let k = 0; k < literal.length; k++) {
    let c = line.charCodeAt(start + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== literal.charCodeAt(k)) return false;
  }
  return true;
}
