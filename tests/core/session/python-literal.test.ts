import { describe, expect, it } from 'vitest';
import { bytesRepr, parsePythonLiteral } from '../../../src/core/session/python-literal';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('parsePythonLiteral', () => {
  it.each([
    ["'dev'", 'dev'],
    ['"development key"', 'development key'],
    ["'it\\'s'", "it's"],
    ['"say \\"hi\\""', 'say "hi"'],
    ["'tab\\there'", 'tab\there'],
    ["'back\\\\slash'", 'back\\slash'],
    ["'\\xec'", '\u00ec'],
    ["'\\u2603 \\U0001F600'", '\u2603 \u{1F600}'],
    ["'\\101\\0'", 'A\0'],
    ["'unknown \\q escape'", 'unknown \\q escape'],
    ["u'unicode'", 'unicode'],
    ["r'raw\\n'", 'raw\\n'],
    ["'\\2\\1thisismyscretkey\\1\\2\\e\\y\\y\\h'", '\x02\x01thisismyscretkey\x01\x02\\e\\y\\y\\h'],
    ["'ì'", 'ì'],
  ])('reads the str literal %s', (literal, expected) => {
    expect(parsePythonLiteral(literal)).toBe(expected);
  });

  it.each([
    ["b'_5#y2L\"F4Q8z\\n\\xec]/'", bytes(0x5f, 0x35, 0x23, 0x79, 0x32, 0x4c, 0x22, 0x46, 0x34, 0x51, 0x38, 0x7a, 0x0a, 0xec, 0x5d, 0x2f)],
    ["B'\\x00\\xff'", bytes(0, 255)],
    ["b'\\u2603'", new TextEncoder().encode('\\u2603')],
    ["rb'\\x00'", new TextEncoder().encode('\\x00')],
    ["b'\\377'", bytes(255)],
  ])('reads the bytes literal %s', (literal, expected) => {
    expect(parsePythonLiteral(literal)).toEqual(expected);
  });

  it.each([
    ["'unterminated", 'no closing quote'],
    ["'a'b'", 'an unescaped quote inside'],
    ["b'ì'", 'a non-ASCII character in bytes'],
    ["b'\\777'", 'an octal escape above 255 in bytes'],
    ["'\\x4'", 'a short \\x escape'],
    ["'\\N{SNOWMAN}'", 'a named escape'],
    ["r'ends in\\'", 'a raw literal ending in a backslash'],
    ["'trailing\\'", 'a dangling backslash'],
    ['dev', 'no quotes at all'],
  ])('rejects %s (%s)', (literal) => {
    expect(parsePythonLiteral(literal)).toBeNull();
  });
});

describe('bytesRepr', () => {
  it('writes bytes the way Python repr does', () => {
    expect(bytesRepr(bytes(0x5f, 0x35, 0x0a, 0xec, 0x27, 0x5c, 0x09, 0x0d, 0x00))).toBe("b'_5\\n\\xec\\'\\\\\\t\\r\\x00'");
  });

  it('round-trips through parsePythonLiteral for every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(parsePythonLiteral(bytesRepr(all))).toEqual(all);
  });
});
