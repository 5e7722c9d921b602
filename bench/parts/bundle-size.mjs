/** The extension's bundles in dist/chrome, gzipped at level 9, against their budgets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../lib/compile.mjs';
import { emit, fmt, row } from '../lib/row.mjs';

const { gzipBytes } = JSON.parse(readFileSync(join(ROOT, 'bench/bundle-budget.json'), 'utf8'));
emit(
  Object.entries(gzipBytes).map(([file, budget]) => {
    const raw = readFileSync(join(ROOT, 'dist/chrome', file));
    const gz = gzipSync(raw, { level: 9 }).length;
    return row({
      measure: `Bundle size, dist/chrome/${file} (gzip -9)`,
      ours: `${fmt(gz)} B (${fmt(raw.length)} B raw)`,
      baseline: 'its budget in bench/bundle-budget.json',
      base: `${fmt(budget)} B`,
      ratio: `${(gz / budget).toFixed(2)}× the budget`,
      target: '≤ 1.00×',
      ok: gz <= budget,
    });
  }),
);
