import { t } from './i18n';
import { formatTime } from './labels';
import { sparklineBars } from './sparkline-bars';

const BUCKETS = 48;
const WIDTH = 240;
const HEIGHT = 28;

/** When the cookie was set during the browsing: one bar per slice of the site's recorded time. */
export function Sparkline({ times, start, end }: { times: readonly number[]; start: number; end: number }) {
  const bars = sparklineBars(times, { start, end }, BUCKETS);
  const w = WIDTH / BUCKETS;
  const label = t('timelineLabel', [times.length, formatTime(start), formatTime(end)]);
  return (
    <figure class="sparkline">
      <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} preserveAspectRatio="none">
        <line class="sparkline-axis" x1="0" y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} />
        {bars.map((b) =>
          b.count === 0 ? null : (
            <rect key={b.x} class="sparkline-bar" x={b.x * w + 0.5} y={HEIGHT - 1 - b.height * (HEIGHT - 2)} width={Math.max(1, w - 1)} height={b.height * (HEIGHT - 2)} />
          ),
        )}
      </svg>
      <figcaption class="sparkline-caption">
        <span>{formatTime(start)}</span>
        <span>{formatTime(end)}</span>
      </figcaption>
    </figure>
  );
}
