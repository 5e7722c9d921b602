/** Runs the CLI's `main` in-process with captured output, a fixed clock and a chosen terminal. */
import { main } from '../../src/cli/cli';
import type { CliIo } from '../../src/cli/io';

/** 2026-11-23T20:00:00Z. */
export const NOW = Date.UTC(2026, 10, 23, 20, 0, 0);

export interface RunOptions {
  stdoutTty?: boolean;
  stderrTty?: boolean;
  env?: Record<string, string>;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  let clock = NOW;
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.stdoutTty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.stderrTty ?? false },
    env: options.env ?? {},
    // Each reading moves the clock on, so throttled output (the progress bar) gets drawn.
    now: () => (clock += 1000),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A usage or input error: exit 2, nothing on stdout, exactly one line on stderr. */
export function expectOneLineError(result: RunResult): string {
  if (result.code !== 2) throw new Error(`exit ${result.code}, expected 2; stderr: ${result.stderr}`);
  if (result.stdout !== '') throw new Error(`stdout should be empty: ${result.stdout}`);
  const lines = result.stderr.split('\n');
  if (lines.length !== 2 || lines[1] !== '') throw new Error(`expected one stderr line, got: ${JSON.stringify(result.stderr)}`);
  return lines[0] ?? '';
}
