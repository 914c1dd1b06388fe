export interface SiteLogEntry {
  path: string;
  at: number;
  endedAt: number | null;
  /** When the last bytes were handed to the socket. */
  sentAt: number | null;
}
export interface SiteProcess {
  origin: string;
  articleUrls: string[];
  stop(): Promise<SiteLogEntry[]>;
}
export function startSiteProcess(options?: { articles?: number; label?: string; gzipEvery?: number; log?: boolean }): Promise<SiteProcess>;
