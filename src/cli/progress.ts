/**
 * A progress bar on stderr for long HAR reads: only on a terminal (a log file gets no carriage
 * returns), redrawn at most ten times a second, and erased when done so the summary starts clean.
 */
import type { OutputStream } from './io';
import { count, printable } from './terminal-text';

export interface Progress {
  bytes: number;
  totalBytes: number;
  entries: number;
  /** 2 when the file is read a second time (its log.pages comes after log.entries). */
  pass: 1 | 2;
}

export interface ProgressBar {
  update(progress: Progress): void;
  done(): void;
}

const WIDTH = 24;
const INTERVAL_MS = 100;

export function progressBar(stream: OutputStream, label: string, now: () => number): ProgressBar | null {
  if (stream.isTTY !== true) return null;
  let last = -Infinity;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      if (t - last < INTERVAL_MS) return;
      last = t;
      drawn = true;
      stream.write(`\r${render(label, p)}\u001b[K`);
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}

export function render(label: string, p: Progress): string {
  const ratio = p.totalBytes > 0 ? Math.min(1, p.bytes / p.totalBytes) : 1;
  const filled = Math.round(ratio * WIDTH);
  const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
  const mb = (n: number) => (n / 1048576).toFixed(1);
  const pass = p.pass === 2 ? ' (second pass)' : '';
  return `${printable(label)} ${bar} ${Math.floor(ratio * 100)}% ${mb(p.bytes)}/${mb(p.totalBytes)} MB · ${count(p.entries)} entries${pass}`;
}
