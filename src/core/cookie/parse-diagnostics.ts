/**
 * The parser's diagnostics. Each message says what the browser does instead, in plain words, and
 * never quotes the cookie's value (values are secrets; attribute values are not).
 */
import type { Diagnostic } from './types';

/** Attribute values can be megabytes long; a message quotes only the start. */
function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

function codePoint(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function controlCharacter(c: number, at: number): Diagnostic {
  return {
    code: 'control-character',
    effect: 'rejected',
    message: `The line contains the control character ${codePoint(c)} at position ${at}; browsers ignore the whole Set-Cookie line.`,
  };
}

export function emptyNameAndValue(): Diagnostic {
  return {
    code: 'empty-name-and-value',
    effect: 'rejected',
    message: 'The cookie has neither a name nor a value; browsers ignore the whole Set-Cookie line.',
  };
}

export function noEquals(): Diagnostic {
  return {
    code: 'no-equals',
    effect: 'note',
    message:
      'The cookie has no "=", so it has no name: browsers store it as a nameless cookie whose value is the whole text and send it back without a name.',
  };
}

export function nameValueTooLong(bytes: number): Diagnostic {
  return {
    code: 'name-value-too-long',
    effect: 'rejected',
    message: `The name and value add up to ${bytes} bytes, over the 4096-byte limit; browsers drop the whole cookie.`,
  };
}

export function attributeTooLong(attribute: string, bytes: number): Diagnostic {
  return {
    code: 'attribute-too-long',
    effect: 'ignored',
    attribute,
    message: `The ${attribute} value is ${bytes} bytes, over the 1024-byte limit; browsers ignore this attribute.`,
  };
}

export function invalidExpires(value: string): Diagnostic {
  return {
    code: 'invalid-expires',
    effect: 'ignored',
    attribute: 'expires',
    message: `Expires=${quote(value)} is not a date browsers can read; they ignore it (without Max-Age the cookie ends with the browser session).`,
  };
}

export function invalidMaxAge(value: string): Diagnostic {
  return {
    code: 'invalid-max-age',
    effect: 'ignored',
    attribute: 'max-age',
    message: `Max-Age=${quote(value)} is not a whole number of seconds; browsers ignore it and fall back on Expires, if any.`,
  };
}

export function expiryCapped(attribute: 'expires' | 'max-age'): Diagnostic {
  const name = attribute === 'expires' ? 'Expires' : 'Max-Age';
  return {
    code: 'expiry-capped',
    effect: 'note',
    attribute,
    message: `${name} lies more than 400 days ahead; browsers shorten the cookie's lifetime to 400 days.`,
  };
}

export function unknownAttribute(name: string): Diagnostic {
  return {
    code: 'unknown-attribute',
    effect: 'ignored',
    attribute: name.toLowerCase(),
    message: `${quote(name)} is not a cookie attribute browsers know; they ignore it.`,
  };
}

export function legacyAttribute(name: string): Diagnostic {
  return {
    code: 'unknown-attribute',
    effect: 'ignored',
    attribute: name.toLowerCase(),
    message: `${name} comes from the obsolete RFC 2965 cookies; browsers ignore it.`,
  };
}

export function duplicateAttribute(label: string): Diagnostic {
  return {
    code: 'duplicate-attribute',
    effect: 'note',
    attribute: label.toLowerCase(),
    message: `${label} appears more than once; browsers use the last valid one.`,
  };
}

export function flagWithValue(label: string, value: string): Diagnostic {
  return {
    code: 'flag-with-value',
    effect: 'note',
    attribute: label.toLowerCase(),
    message: `${label} takes no value; browsers ignore ${quote(value)} and set the ${label} flag all the same.`,
  };
}

export function invalidSameSite(value: string): Diagnostic {
  return {
    code: 'invalid-samesite',
    effect: 'ignored',
    attribute: 'samesite',
    message: `SameSite=${quote(value)} is not Strict, Lax or None; browsers treat the cookie as if SameSite were not set (Chrome then applies Lax).`,
  };
}

export function emptyDomain(): Diagnostic {
  return {
    code: 'empty-domain',
    effect: 'ignored',
    attribute: 'domain',
    message: 'Domain is empty; browsers ignore it (the cookie stays host-only unless another Domain applies).',
  };
}

export function leadingDotDomain(): Diagnostic {
  return {
    code: 'leading-dot-domain',
    effect: 'note',
    attribute: 'domain',
    message: 'The leading dot of Domain is ignored; the cookie goes to the domain and all its subdomains either way.',
  };
}

export function invalidPath(value: string): Diagnostic {
  return {
    code: 'invalid-path',
    effect: 'ignored',
    attribute: 'path',
    message: `Path=${quote(value)} does not start with "/"; browsers use the default path (the directory of the request URL) instead.`,
  };
}
