/** The report's stylesheet, inlined into the page. */
export const REPORT_CSS = `
:root { --fg: #1d232a; --muted: #5b6570; --line: #d8dde2; --bg: #fbfbfa; --card: #fff; --bad: #b3261e; --warn: #9a6700; --note: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 20px 28px 8px; background: var(--card); border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 2px; font-size: 22px; font-weight: 650; }
h1 .name { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 18px 0 6px; }
main { padding: 0 28px 40px; max-width: 1200px; }
.meta, small, .more { color: var(--muted); font-size: 13px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; list-style: none; padding: 0; margin: 12px 0 8px; }
.cards li { background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 6px 14px; color: var(--muted); }
.cards li b { display: block; font-size: 22px; color: var(--fg); }
.cards li.bad b { color: var(--bad); } .cards li.warn b { color: var(--warn); } .cards li.note b { color: var(--note); }
nav a { margin-right: 14px; font-size: 13px; }
a { color: #0b5cad; text-decoration: none; } a:hover { text-decoration: underline; }
.chart-wrap { width: fit-content; max-width: 100%; overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px; }
.chart { display: block; max-width: 100%; height: auto; }
.chart .grid { stroke: #eceff2; } .chart .axis { stroke: #8a949e; }
.chart text { font-size: 11px; fill: var(--muted); font-family: inherit; }
.chart rect:hover { opacity: .8; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 13px; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
table { border-collapse: collapse; width: 100%; background: var(--card); font-size: 14px; margin-bottom: 6px; }
th, td { text-align: left; vertical-align: top; padding: 5px 9px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); background: #f3f5f7; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; width: 6em; }
table.rules { width: auto; min-width: 50%; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; }
.sev { font-size: 12px; padding: 1px 7px; border-radius: 10px; background: #eef1f4; }
.sev.error { background: #fbe9e7; color: var(--bad); } .sev.warning { background: #fff4d6; color: var(--warn); } .sev.info { background: #e7f0fb; color: var(--note); }
.urls { margin: 0; padding-left: 18px; } .urls li { word-break: break-all; }
.change { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 4px 14px 8px; margin-bottom: 10px; }
.diff { margin: 6px 0; } .diff .what { font-size: 12px; color: var(--muted); margin-right: 6px; }
ins { background: #dafbe1; text-decoration: none; } del { background: #ffe1de; }
.empty { color: var(--muted); font-style: italic; }
@media print { header { border: 0; } .chart-wrap { overflow: visible; } a { color: inherit; } }
`;
