/**
 * A HAR file of any size → the ledger, streamed: the file is read in 1 MiB chunks, decoded as UTF-8
 * across chunk boundaries, and fed to the incremental parser, so memory holds one entry at a time
 * plus the ledger (bounded by its caps). When `log.entries` comes before `log.pages` (the order is
 * not fixed by JSON), the entries cannot be placed in their pages on the way; the file is then read a
 * second time with the pages known, so the result always equals reading the whole file at once.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { audit } from '../core/audit/audit';
import type { AuditOptions, AuditResult } from '../core/audit/types';
import { createHarConverter, type HarConverter, type HarSummary } from '../core/har/har-converter';
import { harNotes, type HarNote } from '../core/har/har-notes';
import { createHarStreamParser, type HarStreamHandlers } from '../core/har/har-stream-parser';
import { createLedger } from '../core/ledger/create-ledger';
import type { Ledger, LedgerLimits } from '../core/ledger/types';
import { fileProblem } from './cli-error';
import type { Progress } from './progress';

export interface HarFileOptions {
  /** Add to this ledger (several files, one audit); a new one otherwise. */
  ledger?: Ledger;
  limits?: LedgerLimits;
  onProgress?: (progress: Progress) => void;
}

export type HarFileResult =
  | { ok: true; ledger: Ledger; summary: HarSummary; notes: HarNote[] }
  /** `problem` is worded to follow the file name: "<file>: <problem>". */
  | { ok: false; problem: string };

const CHUNK = 1 << 20;

export async function readHarFile(path: string, options: HarFileOptions = {}): Promise<HarFileResult> {
  let totalBytes: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, problem: 'is a directory, not a file' };
    totalBytes = info.size;
  } catch (error) {
    return { ok: false, problem: fileProblem(error) };
  }
  const ledger = options.ledger ?? createLedger();
  const converter = createHarConverter(ledger, options.limits);
  const first = firstPass(converter);
  const report = (pass: 1 | 2) => (bytes: number) =>
    options.onProgress?.({ bytes, totalBytes, entries: converter.summary().entries, pass });
  let problem = await streamInto(path, first.handlers, report(1));
  if (problem === null && first.entriesSkipped()) {
    problem = await streamInto(path, { entry: (value) => converter.entry(value) }, report(2));
  }
  if (problem !== null) return { ok: false, problem };
  const summary = converter.summary();
  return { ok: true, ledger, summary, notes: harNotes(summary) };
}

/** Reads pages and creator, and the entries too when the pages are already known. */
function firstPass(converter: HarConverter): { handlers: HarStreamHandlers; entriesSkipped(): boolean } {
  let pagesSeen = false;
  let skipped = false;
  return {
    handlers: {
      creator: (value) => converter.creator(value),
      pages(value) {
        pagesSeen = true;
        converter.pages(value);
      },
      entriesStart() {
        if (!pagesSeen) skipped = true;
        return pagesSeen;
      },
      entry: (value) => converter.entry(value),
    },
    entriesSkipped: () => skipped,
  };
}

/** Streams the file through a new parser; the problem in words, or null. */
async function streamInto(path: string, handlers: HarStreamHandlers, onBytes: (bytes: number) => void): Promise<string | null> {
  const parser = createHarStreamParser(handlers);
  const decoder = new StringDecoder('utf8');
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  let bytes = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      bytes += buffer.length;
      const problem = parser.write(decoder.write(buffer));
      if (problem !== null) return problem.message;
      onBytes(bytes);
    }
  } catch (error) {
    return fileProblem(error);
  } finally {
    stream.destroy();
  }
  return (parser.write(decoder.end()) ?? parser.end())?.message ?? null;
}

export interface HarFileAudit {
  result: AuditResult;
  summary: HarSummary;
  notes: HarNote[];
}

/**
 * One HAR file → its audit, streamed. The entry point for benchmarks and Node scripts; throws an
 * Error whose message names the file when it cannot be read.
 */
export async function auditHarFile(
  path: string,
  options: Partial<AuditOptions> & Pick<HarFileOptions, 'limits' | 'onProgress'> = {},
): Promise<HarFileAudit> {
  const { limits, onProgress, ...auditOptions } = options;
  const read = await readHarFile(path, { ...(limits ? { limits } : {}), ...(onProgress ? { onProgress } : {}) });
  if (!read.ok) throw new Error(`${path}: ${read.problem}`);
  const result = audit(read.ledger, { ...auditOptions, now: auditOptions.now ?? Date.now() });
  return { result, summary: read.summary, notes: read.notes };
}
