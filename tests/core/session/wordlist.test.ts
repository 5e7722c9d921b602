import { describe, expect, it } from 'vitest';
import { parseWordlist } from '../../../src/core/session';

describe('parseWordlist', () => {
  it('reads plain lines, Python literals and CRLF line ends, skipping blank lines', () => {
    const text = ["dev", "'development key'", '"CHANGEME"', "b'_5#y2L\"F4Q8z\\n\\xec]/'", '', '   ', 'with inner space \r', "'_5#y2L\"F4Q8z\\nì]/'"].join('\n');
    const { secrets, skipped } = parseWordlist(text);
    expect(skipped).toBe(0);
    expect(secrets).toEqual([
      'dev',
      'development key',
      'CHANGEME',
      Uint8Array.from([0x5f, 0x35, 0x23, 0x79, 0x32, 0x4c, 0x22, 0x46, 0x34, 0x51, 0x38, 0x7a, 0x0a, 0xec, 0x5d, 0x2f]),
      'with inner space',
      '_5#y2L"F4Q8z\nì]/',
    ]);
  });

  it('counts malformed literals as skipped instead of guessing', () => {
    expect(parseWordlist("'ok'\n'bro'ken'\nb'é'\n'\\N{SNOWMAN}'")).toEqual({ secrets: ['ok'], skipped: 3 });
  });

  it('keeps a line that only starts with a quote as written', () => {
    expect(parseWordlist("'half\nit's").secrets).toEqual(["'half", "it's"]);
  });

  it('returns nothing for an empty file', () => {
    expect(parseWordlist('')).toEqual({ secrets: [], skipped: 0 });
  });
});
