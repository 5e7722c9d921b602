/**
 * One line of the bench table. Every row names its baseline: the figure that matters is the ratio
 * taken side by side with it, the absolute figures only say what the machine was doing.
 */
export function row({ measure, ours, baseline, base = '', ratio, target = '', ok = null, note = '' }) {
  return { measure, ours, baseline, base, ratio, target, ok, note };
}

/** Parts run as child processes and hand their rows back as the last line of their output. */
export function emit(rows) {
  process.stdout.write(`${JSON.stringify({ rows })}\n`);
}

export function log(message) {
  process.stderr.write(`  ${message}\n`);
}

export function fmt(n, digits = 0) {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
