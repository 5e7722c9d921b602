/**
 * Untrusted text → Markdown that renders as exactly that text, on one line, inside a table cell.
 * Backslash escapes rather than code spans: a code span cannot contain an escaped backtick.
 */

// `&` too: otherwise `&lt;img&gt;` would render as the characters of an entity, not as written.
const SPECIAL = /[\\`*_[\]<>|&~]/g;
// Line breaks end a table row; other control characters have no business in a rendered cell.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

export function mdText(text: string): string {
  return text.replace(CONTROL, ' ').replace(SPECIAL, (char) => `\\${char}`);
}

export function mdRow(cells: readonly string[]): string {
  return `| ${cells.map(mdText).join(' | ')} |`;
}

export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [mdRow(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(mdRow)];
}
