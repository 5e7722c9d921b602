import { describe, expect, it } from 'vitest';
import { count, plural, printable, printableLines, styleFor } from '../../src/cli/terminal-text';

describe('printable', () => {
  it.each([
    ['plain text, accents é and emoji 😀', 'plain text, accents é and emoji 😀'],
    ['\u001b[31mred', '\\x1b[31mred'],
    ['\u001b]0;title\u0007', '\\x1b]0;title\\x07'],
    ['line\nbreak\ttab\rreturn', 'line\\x0abreak\\x09tab\\x0dreturn'],
    ['\u009bC1 CSI', '\\x9bC1 CSI'],
    ['abc\u202edcba', 'abc\\u202edcba'],
    ['\u0000', '\\x00'],
  ])('writes %j as %j', (text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  it('keeps the newlines of multi-line text', () => {
    expect(printableLines('{\n  "a": "\u001b"\n}')).toBe('{\n  "a": "\\x1b"\n}');
  });
});

describe('styleFor', () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, {}, false],
    [undefined, {}, false],
  ])('colours a stream with isTTY %j and env %j: %j', (isTTY, env, coloured) => {
    expect(styleFor(isTTY === undefined ? {} : { isTTY }, env).red('x') !== 'x').toBe(coloured);
  });
});

describe('count and plural', () => {
  it.each([
    [0, '0', '0 files'],
    [1, '1', '1 file'],
    [1234567, '1,234,567', '1,234,567 files'],
  ])('writes %i as %j and %j', (n, counted, pluralised) => {
    expect(count(n)).toBe(counted);
    expect(plural(n, 'file')).toBe(pluralised);
  });
});
