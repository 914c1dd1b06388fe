/**
 * The progress line (stderr, TTY only): done/total, pages/s, errors, ETA, redrawn in place
 * with a carriage return. Log lines printed meanwhile clear it first and redraw it after.
 */
import type { Writable } from 'node:stream';
import type { CrawlProgress } from './options.js';

const WIDTH = 24;

export function formatEta(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '--';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function progressLine(p: CrawlProgress, columns = 80): string {
  const text = p.discovery && p.done === 0 ? discoveryText(p, p.discovery) : barText(p);
  return text.length > columns - 1 ? text.slice(0, Math.max(10, columns - 1)) : text;
}

/** Before the first article: what discovery has read and found so far. */
function discoveryText(p: CrawlProgress, d: { read: number; left: number }): string {
  const n = (v: number) => v.toLocaleString('en-US');
  return `discovering: ${n(d.read)} of ${n(d.read + d.left)} sitemaps, feeds and API pages read, ${n(p.total)} article URLs found`;
}

function barText(p: CrawlProgress): string {
  const ratio = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const filled = Math.round(ratio * WIDTH);
  const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
  const pct = `${(ratio * 100).toFixed(1)}%`.padStart(6);
  const more = p.discovery ? ' (discovering)' : '';
  return `${bar} ${pct} ${p.done}/${p.total}${more}  ${p.rate.toFixed(1)} pages/s  ${p.failed} errors  ETA ${formatEta(p.etaMs)}`;
}

export class ProgressLine {
  private shown = false;
  private last: CrawlProgress | null = null;

  constructor(
    private readonly stream: Writable & { columns?: number },
    private readonly enabled: boolean,
  ) {}

  /** Terminal width; a terminal that does not say (0, as under `script`) counts as 80. */
  private get columns(): number {
    const c = this.stream.columns;
    return typeof c === 'number' && c >= 20 ? c : 80;
  }

  update(p: CrawlProgress): void {
    this.last = p;
    if (!this.enabled) return;
    this.write(`\r\x1b[2K${progressLine(p, this.columns)}`);
    this.shown = true;
  }

  /** Print a log line above the progress line. */
  line(text: string): void {
    if (this.enabled && this.shown) this.write('\r\x1b[2K');
    this.write(text + '\n');
    if (this.enabled && this.shown && this.last) this.write(progressLine(this.last, this.columns));
  }

  /** Remove the progress line (before the summary). */
  clear(): void {
    if (this.enabled && this.shown) this.write('\r\x1b[2K');
    this.shown = false;
  }

  private write(s: string): void {
    try {
      this.stream.write(s);
    } catch {
      // stderr closed
    }
  }
}
