/** `kliping crawl --state postgres://…`: a worker of a shared crawl, its --status and its --export-manifest. Loaded only with a shared state. */
import { resolve } from 'node:path';
import type { CrawlOptions } from '../crawl/options.js';
import { exportFromState } from '../crawl/fleet/export.js';
import { crawlStatus, formatStatus } from '../crawl/fleet/status.js';
import { crawlNameOf, FleetWorker } from '../crawl/fleet/worker.js';
import { connectState, redactedUrl } from '../crawl/state/postgres/connection.js';
import { PgFrontier } from '../crawl/state/postgres/frontier.js';
import type { CrawlCommandOptions } from './crawl.js';
import { DataOut, type CliIO } from './io.js';

export interface SharedStateSpec {
  url: string;
  leaseMs: number;
  redact(text: string): string;
}

export function sharedWorker(shared: SharedStateSpec, options: CrawlOptions & { crawlName?: string }): FleetWorker {
  return new FleetWorker({ ...options, state: shared.url, leaseMs: shared.leaseMs });
}

/** --status or --export-manifest: read the database, print or write, exit 0 (2 when the database cannot be used). */
export async function runSharedCommand(
  shared: SharedStateSpec,
  options: CrawlCommandOptions,
  io: CliIO,
  problem: (what: string, reason: string) => void,
): Promise<number> {
  const root = resolve(options.out as string);
  let pool;
  try {
    pool = await connectState(shared.url, { max: 2, application: 'kliping status' });
  } catch (err) {
    problem('state', shared.redact((err as Error).message));
    return 2;
  }
  try {
    const name = options.crawlName ?? crawlNameOf(root);
    const frontier = await PgFrontier.find(pool, name);
    if (!frontier) {
      problem('state', `${redactedUrl(shared.url)}: no crawl named "${name}" (a crawl is named after its archive folder, or --crawl-name)`);
      return 2;
    }
    const out = new DataOut(io.stdout);
    if (options.exportManifest) {
      const written = await exportFromState(pool, frontier.crawl, root);
      problem(
        root,
        `wrote manifest.jsonl (${written.manifest} articles)${written.cdxj !== null ? ` and indexes/index.cdxj (${written.cdxj} captures)` : ''} from ${redactedUrl(shared.url)}`,
      );
    }
    if (options.status !== undefined) {
      const status = await crawlStatus(pool, { id: frontier.crawl, name: frontier.name }, redactedUrl(shared.url));
      await out.write(options.status === 'json' ? JSON.stringify(status, null, 2) + '\n' : formatStatus(status).join('\n') + '\n');
    }
    return out.error ? 2 : 0;
  } catch (err) {
    problem('state', shared.redact((err as Error).message));
    return 2;
  } finally {
    await pool.end().catch(() => {});
  }
}
