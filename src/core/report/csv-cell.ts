/**
 * One RFC 4180 field, safe to open in a spreadsheet.
 *
 * Formula injection: Excel, LibreOffice and Google Sheets evaluate a cell that starts with `=`, `+`,
 * `-` or `@` (and TAB or CR, which they strip before looking), so a cookie named `=cmd|' /C calc'!A0`
 * would run when the export is opened. Following the OWASP advice we prefix such cells with `'`:
 * spreadsheets show the text as typed and hide the apostrophe. The cost is that a program reading
 * the CSV sees the extra `'`; the JSON report is the lossless export for programs.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(text: string): string {
  const neutral = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(neutral) ? `"${neutral.replaceAll('"', '""')}"` : neutral;
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}
