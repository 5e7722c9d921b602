/**
 * Cookie values are secrets: reports and evidence show a Set-Cookie line with its value replaced by
 * its size, keeping the name and every attribute, which is what an audit finding is about.
 */
import { utf8Length } from './utf8-length';

/** "‹redacted 42 bytes›"; an empty value stays empty (there is nothing to hide). */
export function redactValue(value: string): string {
  if (value === '') return '';
  const bytes = utf8Length(value);
  return `‹redacted ${bytes} ${bytes === 1 ? 'byte' : 'bytes'}›`;
}

/**
 * The line with the cookie's value redacted. The value is found the way the parser finds it (up to
 * the first ';', after the first '=', whitespace trimmed); without '=' the whole pair is the value.
 */
export function redactSetCookie(line: string): string {
  let end = line.indexOf(';');
  if (end < 0) end = line.length;
  const eq = line.indexOf('=');
  let start = eq >= 0 && eq < end ? eq + 1 : 0;
  while (start < end && isWsp(line.charCodeAt(start))) start++;
  while (end > start && isWsp(line.charCodeAt(end - 1))) end--;
  if (start === end) return line;
  return line.slice(0, start) + redactValue(line.slice(start, end)) + line.slice(end);
}

function isWsp(c: number): boolean {
  return c === 0x20 || c === 0x09;
}
