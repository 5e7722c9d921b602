/** The streaming file reader gives what reading the whole file at once gives, on any file. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeHarText, writeHar } from '../../bench/make-har.mjs';
import { auditHarFile, readHarFile } from '../../src/cli/har-file';
import type { Progress } from '../../src/cli/progress';
import { audit } from '../../src/core/audit/audit';
import { harNotes } from '../../src/core/har/har-notes';
import { readHar } from '../../src/core/har/read-har';
import { FIXTURES, harPath, harText } from '../core/har/fixtures';
import { scratchDir } from './temp-files';

const tmp = scratchDir();
const NOW = Date.UTC(2026, 10, 23, 20, 0, 0);

/** What the in-memory reader makes of a file. */
function wholeFile(path: string) {
  const read = readHar(readFileSync(path, 'utf8'));
  if (!read.ok) throw new Error(read.problem.message);
  return { ok: true, ledger: read.ledger, summary: read.summary, notes: harNotes(read.summary) };
}

describe('readHarFile', () => {
  it.each(Object.keys(FIXTURES) as (keyof typeof FIXTURES)[])('streams the %s fixture to the same ledger as the in-memory reader', async (name) => {
    expect(await readHarFile(harPath(name))).toEqual(wholeFile(harPath(name)));
  });

  it('streams a generated multi-megabyte HAR, chunk by chunk, to the same ledger and audit', async () => {
    const path = tmp.path('generated.har');
    await writeHar(path, { mb: 6, seed: 7 });
    const progress: Progress[] = [];
    const streamed = await readHarFile(path, { onProgress: (p) => progress.push(p) });
    const whole = wholeFile(path);
    expect(streamed).toEqual(whole);
    expect(whole.summary.entries).toBeGreaterThan(400);
    expect(Object.keys(whole.ledger.sites).length).toBe(12);
    // 1 MiB chunks: one progress report per chunk, the last at the file's size.
    expect(progress.length).toBeGreaterThanOrEqual(6);
    const size = readFileSync(path).length;
    expect(progress.at(-1)).toEqual({ bytes: size, totalBytes: size, entries: whole.summary.entries, pass: 1 });
    const { result } = await auditHarFile(path, { now: NOW });
    expect(result).toEqual(audit(whole.ledger, { now: NOW }));
  });

  it('writes the same bytes for the same seed', () => {
    expect(makeHarText({ mb: 0.2, seed: 3 })).toBe(makeHarText({ mb: 0.2, seed: 3 }));
    expect(makeHarText({ mb: 0.2, seed: 3 })).not.toBe(makeHarText({ mb: 0.2, seed: 4 }));
  });

  it('reads a file twice when log.pages comes after log.entries, and still places every entry in its page', async () => {
    const har = JSON.parse(harText('chrome')) as { log: Record<string, unknown> };
    const { pages, ...rest } = har.log;
    const path = tmp.write('pages-last.har', JSON.stringify({ log: { ...rest, pages } }));
    const passes = new Set<number>();
    const streamed = await readHarFile(path, { onProgress: (p) => passes.add(p.pass) });
    expect(streamed).toEqual(wholeFile(harPath('chrome')));
    expect([...passes]).toEqual([1, 2]);
  });

  it('reads a file without pages in two passes to the same ledger', async () => {
    const passes = new Set<number>();
    expect(await readHarFile(harPath('proxy'), { onProgress: (p) => passes.add(p.pass) })).toEqual(wholeFile(harPath('proxy')));
    expect([...passes]).toEqual([1, 2]);
  });

  it('decodes UTF-8 characters split across chunk boundaries', async () => {
    const value = 'é😀€'.repeat(300_000);
    const text = JSON.stringify({
      log: {
        pages: [],
        entries: [
          { startedDateTime: '2026-11-23T18:00:00Z', request: { url: 'https://x.example/' }, response: { status: 200, headers: [{ name: 'Set-Cookie', value: `big=${value}` }] } },
          { startedDateTime: '2026-11-23T18:00:01Z', request: { url: 'https://x.example/y' }, response: { status: 200, headers: [{ name: 'Set-Cookie', value: 'after=ok' }] } },
        ],
      },
    });
    const path = tmp.write('utf8.har', text);
    expect(readFileSync(path).length).toBeGreaterThan(2 * 1024 * 1024);
    expect(await readHarFile(path)).toEqual(wholeFile(path));
  });

  it.each([
    ['a missing file', () => tmp.path('missing.har'), 'no such file'],
    ['a directory', () => tmp.path(''), 'is a directory, not a file'],
    ['a truncated file', () => tmp.write('cut.har', makeHarText({ mb: 1.5, seed: 2 }).slice(0, 1_200_000)), /^truncated JSON: the file ends inside log\.entries\[\d+\]$/],
  ])('reports %s as a problem', async (_, path, problem) => {
    const result = await readHarFile(path());
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toMatch(problem);
  });

  it('adds to a given ledger', async () => {
    const first = await readHarFile(harPath('firefox'));
    if (!first.ok) throw new Error(first.problem);
    const second = await readHarFile(harPath('chrome'), { ledger: first.ledger });
    expect(second.ok && Object.keys(second.ledger.sites).sort()).toEqual(['http://192.168.1.20:5000', 'https://shop.example']);
  });
});

describe('auditHarFile', () => {
  it('throws an error naming the file when it cannot be read', async () => {
    const path = tmp.write('bad.har', '{"log": []}');
    await expect(auditHarFile(path)).rejects.toThrow(`${path}: not a HAR file: "log" is not an object`);
  });

  it('audits with the options it is given', async () => {
    writeFileSync(tmp.path('copy.har'), harText('firefox'));
    const { result, summary, notes } = await auditHarFile(tmp.path('copy.har'), { now: NOW, includeValues: true });
    expect(summary.responses).toBe(8);
    expect(notes).toEqual([]);
    expect(result.generatedAt).toBe(NOW);
    expect(JSON.stringify(result)).toContain('EtVOe0ZfhHxbG6ae9QRMsV5qido');
  });
});
