/**
 * Articles per month per site as an inline SVG: one stacked bar per month (empty months
 * between the first and the last included, so gaps show), one colour per site, a legend, a
 * tooltip (<title>) on every segment. No script, no external resource.
 */
import { escapeHtml } from './escape.js';

export interface MonthCounts {
  /** "2024-10", or NO_DATE. */
  month: string;
  /** Articles by site. */
  sites: Map<string, number>;
}

export const NO_DATE = 'no date';

/** Colour-blind-safe colours (Okabe–Ito, then Tol's muted), then grey for the sites past them. */
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#332288', '#882255', '#44aa99'];
export const OTHER_SITES = 'other sites';
const OTHER_COLOUR = '#999999';

/** Every month from the first to the last (at most 600), with the undated bar last. */
export function fillMonths(counts: Map<string, Map<string, number>>): MonthCounts[] {
  const dated = [...counts.keys()].filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  const months: string[] = [];
  if (dated.length > 0) {
    const [y0, m0] = dated[0].split('-').map(Number);
    const [y1, m1] = dated[dated.length - 1].split('-').map(Number);
    const span = (y1 - y0) * 12 + (m1 - m0) + 1;
    if (span <= 600) {
      for (let k = 0; k < span; k++) {
        const y = y0 + Math.floor((m0 - 1 + k) / 12);
        const m = ((m0 - 1 + k) % 12) + 1;
        months.push(`${y}-${String(m).padStart(2, '0')}`);
      }
    } else {
      months.push(...dated);
    }
  }
  if (counts.has(NO_DATE)) months.push(NO_DATE);
  return months.map((month) => ({ month, sites: counts.get(month) ?? new Map() }));
}

/** The sites in order of their articles, most first; past the palette, the rest are one "other sites". */
export function siteColours(months: MonthCounts[]): Map<string, string> {
  const totals = new Map<string, number>();
  for (const { sites } of months) for (const [site, n] of sites) totals.set(site, (totals.get(site) ?? 0) + n);
  const order = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
  const colours = new Map<string, string>();
  const room = order.length > PALETTE.length ? PALETTE.length - 1 : PALETTE.length;
  order.forEach((site, i) => colours.set(site, i < room ? PALETTE[i] : OTHER_COLOUR));
  return colours;
}

/** A round step for the y axis: about five lines. */
function yStep(max: number): number {
  const rough = Math.max(1, max / 5);
  const p = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((k) => k * p).find((s) => s >= rough) ?? rough;
}

const H = 220;
const TOP = 12;
const LEFT = 40;
const BOTTOM = 44;

function axis(max: number, width: number): string[] {
  const step = yStep(max);
  const top = Math.ceil(max / step) * step;
  const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / top);
  const out: string[] = [];
  for (let v = 0; v <= top; v += step) {
    out.push(`<line class="grid" x1="${LEFT}" x2="${width}" y1="${y(v)}" y2="${y(v)}"/>`);
    out.push(`<text class="tick" x="${LEFT - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`);
  }
  return out;
}

/** A label under a bar when there is room: every month when few, else each January (and the undated bar). */
function label(month: string, i: number, count: number): string | null {
  if (month === NO_DATE) return month;
  if (count <= 12) return month;
  return month.endsWith('-01') || i === 0 ? month.slice(0, 4) : null;
}

/** The chart as an <svg> element (empty months included), with its legend as HTML after it. */
export function monthChart(months: MonthCounts[]): string {
  if (months.length === 0) return '<p class="empty">No articles in the archive.</p>';
  const colours = siteColours(months);
  const max = Math.max(1, ...months.map((m) => [...m.sites.values()].reduce((a, b) => a + b, 0)));
  const slot = Math.max(6, Math.min(120, Math.floor(900 / months.length)));
  const width = LEFT + slot * months.length + 8;
  const top = Math.ceil(max / yStep(max)) * yStep(max);
  const scale = (H - TOP - BOTTOM) / top;
  const parts = axis(max, width);
  months.forEach(({ month, sites }, i) => {
    const x = LEFT + i * slot + slot * 0.15;
    const w = slot * 0.7;
    let base = H - BOTTOM;
    const total = [...sites.values()].reduce((a, b) => a + b, 0);
    const segments = [...colours.keys()].filter((s) => sites.has(s));
    parts.push(`<g class="bar" data-month="${escapeHtml(month)}" data-count="${total}">`);
    for (const site of segments) {
      const n = sites.get(site) as number;
      const h = n * scale;
      base -= h;
      const tip = `${site} — ${month}: ${n} article${n === 1 ? '' : 's'}`;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${base.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${colours.get(site)}"><title>${escapeHtml(tip)}</title></rect>`,
      );
    }
    parts.push('</g>');
    const text = label(month, i, months.length);
    if (text) {
      const cx = x + w / 2;
      parts.push(`<text class="month" x="${cx.toFixed(1)}" y="${H - BOTTOM + 14}" text-anchor="middle">${escapeHtml(text)}</text>`);
    }
  });
  parts.push(`<line class="axis" x1="${LEFT}" x2="${width}" y1="${H - BOTTOM}" y2="${H - BOTTOM}"/>`);
  const svg = [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${H}" width="${width}" height="${H}" role="img" aria-labelledby="chart-title">`,
    '<title id="chart-title">Articles per month, by site</title>',
    ...parts,
    '</svg>',
  ].join('\n');
  return `<div class="chart-wrap">${svg}</div>\n${legend(colours)}`;
}

function legend(colours: Map<string, string>): string {
  const shown = new Map<string, string>();
  for (const [site, colour] of colours) shown.set(colour === OTHER_COLOUR ? OTHER_SITES : site, colour);
  const items = [...shown].map(([site, colour]) => `<li><span class="swatch" style="background:${colour}"></span>${escapeHtml(site)}</li>`);
  return `<ul class="legend">${items.join('')}</ul>`;
}
