/**
 * The parser's diagnostics. Each message says what the browser does instead, in plain words, and
 * never quotes the cookie's value (values are secrets; attribute values are not).
 */
import { phrase } from '../i18n/phrase';
import type { Diagnostic } from './types';
import { worded } from './worded';

/** Attribute values can be megabytes long; a message quotes only the start. */
function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

function codePoint(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function controlCharacter(c: number, at: number): Diagnostic {
  return worded({ code: 'control-character', effect: 'rejected' }, phrase('diagControlCharacter', codePoint(c), String(at)));
}

export function emptyNameAndValue(): Diagnostic {
  return worded({ code: 'empty-name-and-value', effect: 'rejected' }, phrase('diagEmptyNameAndValue'));
}

export function noEquals(): Diagnostic {
  return worded({ code: 'no-equals', effect: 'note' }, phrase('diagNoEquals'));
}

export function nameValueTooLong(bytes: number): Diagnostic {
  return worded({ code: 'name-value-too-long', effect: 'rejected' }, phrase('diagNameValueTooLong', String(bytes)));
}

export function attributeTooLong(attribute: string, bytes: number): Diagnostic {
  return worded({ code: 'attribute-too-long', effect: 'ignored', attribute }, phrase('diagAttributeTooLong', attribute, String(bytes)));
}

export function invalidExpires(value: string): Diagnostic {
  return worded({ code: 'invalid-expires', effect: 'ignored', attribute: 'expires' }, phrase('diagInvalidExpires', quote(value)));
}

export function invalidMaxAge(value: string): Diagnostic {
  return worded({ code: 'invalid-max-age', effect: 'ignored', attribute: 'max-age' }, phrase('diagInvalidMaxAge', quote(value)));
}

export function expiryCapped(attribute: 'expires' | 'max-age'): Diagnostic {
  const name = attribute === 'expires' ? 'Expires' : 'Max-Age';
  return worded({ code: 'expiry-capped', effect: 'note', attribute }, phrase('diagExpiryCapped', name));
}

export function unknownAttribute(name: string): Diagnostic {
  return worded({ code: 'unknown-attribute', effect: 'ignored', attribute: name.toLowerCase() }, phrase('diagUnknownAttribute', quote(name)));
}

export function legacyAttribute(name: string): Diagnostic {
  return worded({ code: 'unknown-attribute', effect: 'ignored', attribute: name.toLowerCase() }, phrase('diagLegacyAttribute', name));
}

export function duplicateAttribute(label: string): Diagnostic {
  return worded({ code: 'duplicate-attribute', effect: 'note', attribute: label.toLowerCase() }, phrase('diagDuplicateAttribute', label));
}

export function flagWithValue(label: string, value: string): Diagnostic {
  return worded({ code: 'flag-with-value', effect: 'note', attribute: label.toLowerCase() }, phrase('diagFlagWithValue', label, quote(value)));
}

export function invalidSameSite(value: string): Diagnostic {
  return worded({ code: 'invalid-samesite', effect: 'ignored', attribute: 'samesite' }, phrase('diagInvalidSameSite', quote(value)));
}

export function emptyDomain(): Diagnostic {
  return worded({ code: 'empty-domain', effect: 'ignored', attribute: 'domain' }, phrase('diagEmptyDomain'));
}

export function leadingDotDomain(): Diagnostic {
  return worded({ code: 'leading-dot-domain', effect: 'note', attribute: 'domain' }, phrase('diagLeadingDotDomain'));
}

export function invalidPath(value: string): Diagnostic {
  return worded({ code: 'invalid-path', effect: 'ignored', attribute: 'path' }, phrase('diagInvalidPath', quote(value)));
}
