import { describe, expect, it } from 'vitest';
import { progressBar, render } from '../../src/cli/progress';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, out: { isTTY, write: (t: string) => writes.push(t) } };
}

const halfway = { bytes: 100 * 1048576, totalBytes: 200 * 1048576, entries: 12345, pass: 1 as const };

describe('progressBar', () => {
  it('draws nothing when stderr is not a terminal', () => {
    expect(progressBar(stream(false).out, 'big.har', () => 0)).toBeNull();
  });

  it('redraws at most every 100 ms and erases itself when done', () => {
    const { writes, out } = stream(true);
    let t = 0;
    const bar = progressBar(out, 'big.har', () => t);
    bar?.update(halfway);
    t = 50;
    bar?.update({ ...halfway, bytes: 110 * 1048576 });
    t = 120;
    bar?.update({ ...halfway, bytes: 200 * 1048576 });
    bar?.done();
    expect(writes).toEqual([
      `\r${render('big.har', halfway)}\u001b[K`,
      `\r${render('big.har', { ...halfway, bytes: 200 * 1048576 })}\u001b[K`,
      '\r\u001b[K',
    ]);
  });

  it('erases nothing when it never drew', () => {
    const { writes, out } = stream(true);
    progressBar(out, 'small.har', () => 0)?.done();
    expect(writes).toEqual([]);
  });
});

describe('render', () => {
  it('shows the share read, the megabytes and the entries', () => {
    expect(render('big.har', halfway)).toBe('big.har ████████████░░░░░░░░░░░░ 50% 100.0/200.0 MB · 12,345 entries');
  });

  it('marks the second pass and escapes the file name', () => {
    expect(render('a\u001bb.har', { ...halfway, pass: 2 })).toBe('a\\x1bb.har ████████████░░░░░░░░░░░░ 50% 100.0/200.0 MB · 12,345 entries (second pass)');
  });

  it('treats an empty file as done', () => {
    expect(render('e.har', { bytes: 0, totalBytes: 0, entries: 0, pass: 1 })).toBe('e.har ████████████████████████ 100% 0.0/0.0 MB · 0 entries');
  });
});
