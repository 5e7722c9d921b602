/**
 * A sparkline of when a cookie was set: one tick per Set-Cookie within the site's observation
 * window, so a cookie re-sent on every response shows as a dense comb.
 */
import { escapeHtml } from './html-escape';
import type { ReportCookie } from './report-types';
import { svgNumber } from './svg-number';

const WIDTH = 160;
const HEIGHT = 22;
const PAD = 3;

export interface TimeWindow {
  start: number;
  end: number;
}

export function timelineSparkline(cookie: ReportCookie, range: TimeWindow): string {
  const times = cookie.timeline.map((iso) => Date.parse(iso)).filter((ms) => Number.isFinite(ms));
  if (times.length === 0) return '';
  const start = Math.min(range.start, ...times);
  const span = Math.max(range.end, ...times) - start;
  const ticks = times.map((ms) => {
    const x = span > 0 ? PAD + ((ms - start) / span) * (WIDTH - 2 * PAD) : WIDTH / 2;
    return `<line class="tick" x1="${svgNumber(x)}" y1="4" x2="${svgNumber(x)}" y2="${HEIGHT - 3}"/>`;
  });
  const title = `${cookie.name}: ${times.length} set${times.length === 1 ? '' : 's'}, ${cookie.timeline[0] ?? ''} to ${cookie.timeline.at(-1) ?? ''}`;
  return (
    `<svg class="spark" role="img" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" ` +
    `xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>` +
    `<line class="axis" x1="${PAD}" y1="${HEIGHT - 3}" x2="${WIDTH - PAD}" y2="${HEIGHT - 3}"/>${ticks.join('')}</svg>`
  );
}

/** The window every cookie of a site is drawn against; invalid times collapse to an empty window. */
export function siteWindow(firstSeen: string, lastSeen: string): TimeWindow {
  const start = Date.parse(firstSeen);
  const end = Date.parse(lastSeen);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return { start: Infinity, end: -Infinity };
  return { start, end };
}
