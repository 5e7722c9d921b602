/** The HTML report's only stylesheet, inlined: the CSP allows inline styles and nothing else. */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --card: #ffffff; --text: #1c2330; --muted: #5b6576; --line: #dde1e7; --code-bg: #f0f2f5;
  --critical: #8e1330; --high: #d0312d; --medium: #d97706; --low: #b8970a; --info: #5f6b7c;
  --link: #1d5fd1;
  --grade-a: #15803d; --grade-b: #4d7c0f; --grade-c: #b45309; --grade-d: #c2410c; --grade-f: #b91c1c;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #12161c; --card: #1b2129; --text: #e4e8ee; --muted: #9aa5b5; --line: #2d3540; --code-bg: #242b35;
    --critical: #f0648a; --high: #f87171; --medium: #fbbf24; --low: #e3cf5a; --info: #9aa5b5;
    --link: #8ab4ff;
    --grade-a: #22a355; --grade-b: #6f9e1d; --grade-c: #c77812; --grade-d: #dd5a1f; --grade-f: #dc3b3b;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header.report, main, footer { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
header.report { padding-top: 28px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 0; overflow-wrap: anywhere; }
h3 { font-size: 16px; margin: 28px 0 10px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
h4 { font-size: 15px; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; }
p { margin: 0; }
a { color: var(--link); }
nav ul { list-style: none; padding: 0; margin: 12px 0 0; display: flex; flex-wrap: wrap; gap: 4px 20px; }
.muted { color: var(--muted); }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
/* A right-to-left override inside a cookie name must not reorder the report text around it. */
code, .message, .mono, .tag, h2 { unicode-bidi: isolate; }
code { background: var(--code-bg); padding: 1px 5px; border-radius: 4px; overflow-wrap: anywhere; }
pre { background: var(--code-bg); padding: 10px 12px; border-radius: 6px; margin: 4px 0 0;
  white-space: pre-wrap; overflow-wrap: anywhere; }
section.site { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 22px 24px 26px; margin: 24px 0; }
.site-head { display: flex; flex-wrap: wrap; gap: 20px; align-items: center; }
.site-title { flex: 1 1 320px; min-width: 0; }
.grade { flex: none; width: 64px; height: 64px; border-radius: 14px; color: #fff; font-size: 30px;
  font-weight: 700; display: grid; place-items: center; }
.grade-a { background: var(--grade-a); } .grade-b { background: var(--grade-b); }
.grade-c { background: var(--grade-c); } .grade-d { background: var(--grade-d); }
.grade-f { background: var(--grade-f); } .grade-unknown { background: var(--info); }
svg.chart text { fill: var(--text); font: 12px system-ui, sans-serif; }
svg.chart .track { fill: var(--code-bg); }
svg .fill-critical { fill: var(--critical); } svg .fill-high { fill: var(--high); }
svg .fill-medium { fill: var(--medium); } svg .fill-low { fill: var(--low); } svg .fill-info { fill: var(--info); }
svg.spark .axis { stroke: var(--line); stroke-width: 1; }
svg.spark .tick { stroke: var(--high); stroke-width: 1.5; }
.group { border-top: 1px solid var(--line); padding: 14px 0 4px; }
.group ul { list-style: none; margin: 0; padding: 0; }
.finding { border-left: 4px solid var(--info); padding: 6px 0 6px 12px; margin: 0 0 12px; }
.finding.sev-critical { border-color: var(--critical); } .finding.sev-high { border-color: var(--high); }
.finding.sev-medium { border-color: var(--medium); } .finding.sev-low { border-color: var(--low); }
.finding-head { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; }
.finding-head .message { flex: 1 1 300px; font-weight: 600; }
.rule { font-size: 12px; color: var(--muted); background: none; padding: 0; }
.badge { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase;
  letter-spacing: .04em; padding: 1px 7px; border-radius: 999px; color: #fff; background: var(--info); }
.badge.sev-critical { background: var(--critical); } .badge.sev-high { background: var(--high); }
.badge.sev-medium { background: var(--medium); color: #1c1300; } .badge.sev-low { background: var(--low); color: #1c1700; }
.tag { font-size: 12px; border: 1px solid var(--line); border-radius: 999px; padding: 0 8px; color: var(--muted); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 8px 0 0; }
dt { color: var(--muted); font-size: 13px; }
dd { margin: 0; min-width: 0; }
.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.session { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; margin: 0 0 12px; }
.session ul { margin: 4px 0 0; padding-left: 18px; }
.sensitive { color: var(--high); font-weight: 600; }
footer { color: var(--muted); font-size: 13px; padding-bottom: 32px; }
@media print { body { background: #fff; } section.site { break-inside: avoid-page; } }
`;
