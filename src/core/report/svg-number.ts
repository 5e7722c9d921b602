/** Numbers for SVG attributes and labels: always a finite decimal, whatever the report held. */
export function svgNumber(value: unknown): string {
  const number = Number(value);
  return Number.isFinite(number) ? String(Math.round(number * 10) / 10) : '0';
}
