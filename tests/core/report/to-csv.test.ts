import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/core/report/csv-cell';
import { buildReport } from '../../../src/core/report/report-model';
import { CSV_COLUMNS, toCsv } from '../../../src/core/report/to-csv';
import { parseCsv } from './parse-csv';
import { HOSTILE, META, sampleAudit } from './sample-audit';

const report = buildReport(sampleAudit(), META);
const flask = report.sites[0]!;

describe('toCsv', () => {
  it('starts with the header row and has one row per finding', () => {
    const rows = parseCsv(toCsv(report));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + flask.findings.length);
  });

  it('round-trips every finding to the same cells', () => {
    const rows = parseCsv(toCsv(report)).slice(1);
    const expected = flask.findings.map((f) =>
      [
        flask.site, f.severity, f.ruleId, f.cookie?.name ?? '', f.cookie?.domain ?? '', f.cookie?.path ?? '',
        String(f.thirdParty), f.message, f.evidence, f.fix,
      ].map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
    );
    expect(rows).toEqual(expected);
  });

  it('ends every record with CRLF and keeps line breaks inside a quoted cell', () => {
    const text = toCsv(report);
    expect(text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain(`"${HOSTILE.newlines}]]>`);
  });

  it('neutralises the formula in a hostile fix cell', () => {
    const rows = parseCsv(toCsv(report));
    const invalid = rows.find((row) => row[2] === 'invalid-attribute');
    expect(invalid?.[9]).toBe(`'${HOSTILE.formula} ${HOSTILE.unicode}`);
  });

  it('writes only the header when there are no findings', () => {
    expect(toCsv(buildReport({ generatedAt: 0, sites: [] }, META))).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\r=x', `"'\r=x"`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
    ['x-1', 'x-1'],
  ])('writes %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});
