import { describe, expect, it } from 'vitest';
import { mdText } from '../../../src/core/report/markdown-escape';
import { buildReport } from '../../../src/core/report/report-model';
import { toMarkdown } from '../../../src/core/report/to-markdown';
import { HOSTILE, META, sampleAudit } from './sample-audit';

const report = buildReport(sampleAudit(), META);
const flask = report.sites[0]!;
const markdown = toMarkdown(report);

/** Splits a table row on the pipes Markdown sees: those not escaped by a backslash. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i += 1) {
    const char = row[i];
    if (char === '\\') {
      cell += row.slice(i, i + 2);
      i += 1;
    } else if (char === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  out.push(cell.trim());
  return out.slice(1, -1);
}

/** What a CommonMark renderer shows for an escaped cell. */
const unescape = (cell: string): string => cell.replace(/\\(.)/g, '$1');

function tableAfter(heading: string, from = 0): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading, from) + 2;
  const end = lines.findIndex((line, index) => index >= start && !line.startsWith('|'));
  return lines.slice(start, end);
}

describe('toMarkdown', () => {
  it('gives each site a heading and a one-line summary', () => {
    expect(markdown).toContain('\n## http://127.0.0.1:5000\n\nGrade F (score 31) · 12 responses · 1 critical · 2 high · 2 medium · 3 low · 0 info\n');
    expect(markdown).toContain('\n## https://xn--r8jz45g.jp\n');
    expect(markdown).toContain('No findings.');
  });

  it('writes one findings row per finding with exactly eight cells', () => {
    const rows = tableAfter('### Findings').slice(2);
    expect(rows).toHaveLength(flask.findings.length);
    for (const row of rows) expect(cells(row)).toHaveLength(8);
  });

  it('renders every finding cell back to its text, line breaks turned into spaces', () => {
    const rows = tableAfter('### Findings').slice(2).map(cells);
    const shown = (text: string) => text.replace(/[\r\n]+/g, ' ');
    flask.findings.forEach((finding, index) => {
      const row = rows[index]!.map(unescape);
      expect(row[1]).toBe(finding.ruleId);
      expect(row[2]).toBe(finding.cookie?.name ?? '(site)');
      expect(row[5]).toBe(shown(finding.message));
      expect(row[6]).toBe(shown(finding.evidence));
      expect(row[7]).toBe(shown(finding.fix));
    });
  });

  it('writes the cookie table with sets out of eligible responses and the session summary', () => {
    const rows = tableAfter('### Cookies').slice(2).map((row) => cells(row).map(unescape));
    expect(rows[0]).toEqual(['session', '127.0.0.1', '/', '12 of 12', '12', 'first-party',
      'flask, signature valid (secret: dev); keys: _fresh, _id, _permanent, _user_id, csrf_token, identity.auth_type, ' +
      `identity.id, ${HOSTILE.img}, ${HOSTILE.formula}, __proto__, password`]);
    expect(rows[2]?.[5]).toBe('third-party');
  });

  it('leaves no markup character unescaped', () => {
    // Strip every escape pair; whatever markup character remains would be live Markdown or HTML.
    const bare = markdown.replace(/\\./g, '');
    expect(bare).not.toMatch(/[<>[\]`*_&~]/);
  });

  it.each([
    [HOSTILE.img, '\\<img src=x onerror=alert(1)\\>'],
    ['a|b', 'a\\|b'],
    ['back\\slash', 'back\\\\slash'],
    ['`code`', '\\`code\\`'],
    ['[x](javascript:y)', '\\[x\\](javascript:y)'],
    ['**b** _i_', '\\*\\*b\\*\\* \\_i\\_'],
    ['&lt;', '\\&lt;'],
    ['one\ntwo\r\nthree', 'one two three'],
    ['café 🍪', 'café 🍪'],
  ])('escapes %j as %j', (input, expected) => {
    expect(mdText(input)).toBe(expected);
  });
});
