/** A horizontal bar chart of one site's findings per severity, as inline SVG. */
import { SEVERITIES, type Severity } from '../audit/types';
import { escapeHtml } from './html-escape';
import { countsText } from './report-text';
import { svgNumber } from './svg-number';

const ROW = 22;
const LABEL_WIDTH = 70;
const BAR_WIDTH = 180;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 40;

export function severityChart(counts: Record<Severity, number>): string {
  const values = SEVERITIES.map((severity) => ({ severity, count: Number(svgNumber(counts[severity])) }));
  const max = Math.max(1, ...values.map(({ count }) => count));
  const rows = values.map(({ severity, count }, index) => {
    const y = index * ROW;
    const bar = count > 0 ? Math.max(2, (count / max) * BAR_WIDTH) : 0;
    return (
      `<text x="0" y="${y + 15}">${severity}</text>` +
      `<rect class="track" x="${LABEL_WIDTH}" y="${y + 4}" width="${BAR_WIDTH}" height="14" rx="3"/>` +
      `<rect class="fill-${severity}" x="${LABEL_WIDTH}" y="${y + 4}" width="${svgNumber(bar)}" height="14" rx="3"/>` +
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 15}">${svgNumber(count)}</text>`
    );
  });
  const height = SEVERITIES.length * ROW;
  return (
    `<svg class="chart" role="img" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ` +
    `xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(`Findings by severity: ${countsText(counts)}`)}</title>` +
    `${rows.join('')}</svg>`
  );
}
