/**
 * Instrumentation for Cookie Audit's service worker, installed from the bench through
 * worker.evaluate (nothing of it ships in the extension): it wraps chrome.storage.local.set, which
 * the background reaches through webextension-polyfill at call time, and notes per page load of
 * the bench how many responses were written to the log and when, and when the site records were
 * rewritten (compaction). Its cost is a regular expression or two per logged response.
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
      // A log is one JSON string of entries (an array of them in builds before 2026-12-02).
      const value = items[key];
      const urls = typeof value === 'string' ? [...value.matchAll(/"obs":\{[^{}]*?"url":"([^"]*)"/g)].map((m) => m[1]) : value.map((entry) => entry.obs?.url ?? '');
      for (const url of urls) {
        const run = /[?&]run=([\w-]+)/.exec(url);
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
