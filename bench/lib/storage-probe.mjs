/**
 * Instrumentation for Cookie Audit's service worker, installed from the bench through
 * worker.evaluate (nothing of it ships in the extension): it wraps chrome.storage.local.set, which
 * the background reaches through webextension-polyfill at call time, and notes per page load of
 * the bench how many responses were written to the log and when, and when the site records were
 * rewritten (compaction). Its cost is a regular expression per logged response.
 */
export function installStorageProbe() {
  const g = globalThis;
  const area = g.chrome.storage.local;
  if (g.benchRuns) return;
  const runs = {};
  g.benchRuns = runs;
  g.benchWrites = { logs: 0, compactions: 0, compactionItems: 0 };
  const original = area.set;
  area.set = function set(items, ...rest) {
    const at = performance.timeOrigin + performance.now();
    for (const key in items) {
      if (key.startsWith('site:')) {
        g.benchWrites.compactionItems++;
        continue;
      }
      if (!key.startsWith('log:')) continue;
      g.benchWrites.logs++;
      for (const entry of items[key]) {
        const run = entry.obs ? /[?&]run=([\w-]+)/.exec(entry.obs.url) : null;
        if (!run) continue;
        const r = (runs[run[1]] ??= { count: 0, last: 0, compactedAt: 0 });
        r.count++;
        r.last = at;
      }
    }
    if ('ledger-meta' in items) {
      g.benchWrites.compactions++;
      for (const r of Object.values(runs)) if (r.compactedAt === 0 && r.last > 0) r.compactedAt = at;
    }
    return original.call(this, items, ...rest);
  };
}
