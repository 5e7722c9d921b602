/** A strict RFC 4180 reader for the tests: it throws on anything the writer must never produce. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const next = text.indexOf('"', i);
        if (next === -1) throw new Error('unterminated quoted field');
        field += text.slice(i, next);
        if (text[next + 1] === '"') {
          field += '"';
          i = next + 2;
        } else {
          i = next + 1;
          break;
        }
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      const stop = end === -1 ? text.length : i + end;
      field = text.slice(i, stop);
      if (/["\r\n]/.test(field)) throw new Error(`bare field with a quote or line break: ${JSON.stringify(field)}`);
      i = stop;
    }
    row.push(field);
    if (text.startsWith(',', i)) i += 1;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`junk after field at ${i}`);
  }
  if (row.length > 0) throw new Error('last record lacks its CRLF');
  return rows;
}
