/** `kliping crawl`: sites or URL lists → an archive folder (see src/crawl/). */
import { Command, Option } from 'commander';
import { zoneOption } from './zone.js';
import type { Zone } from '../dates/index.js';
// The crawl machinery (SQLite, WARC) loads only when a crawl runs, not with every command.
import { addFetchOptions, type FetchCliOptions } from './fetch-options.js';
import type { CliIO } from './io.js';

export interface CrawlCommandOptions extends FetchCliOptions {
  site: string[];
  input?: string;
  out?: string;
  format: 'json' | 'md';
  jsonl?: boolean;
  since?: string;
  until?: string;
  concurrency: string;
  perHost: string;
  delay: string;
  robots: boolean;
  contact?: string;
  retries: string;
  maxRedirects: string;
  jobs: string;
  zone?: Zone;
  warc?: boolean;
  recrawl?: boolean;
  revisit?: string;
  rediscover?: boolean;
  retryFailed?: boolean;
  progress: boolean;
  verbose?: boolean;
  state?: string;
  crawlName?: string;
  lease: string;
  status?: boolean | string;
  exportManifest?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function crawlCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('crawl')
    .description('crawl whole sites or URL lists into an archive folder: polite, resumable, one record per article')
    .argument('[urls...]', 'article URLs to crawl (besides --input and --site)')
    .option('--site <url>', 'discover and crawl the articles of a site (sitemaps, feed, REST API); repeatable', collect, [])
    .option('-i, --input <file>', 'a file of article URLs, one per line ("-" for stdin; stdin is read when nothing else is given)')
    .option('-o, --out <dir>', 'the archive folder (required): articles/, manifest.jsonl, state.sqlite, warc/')
    .addOption(new Option('-f, --format <format>', 'article files: json, or md (Markdown beside the JSON)').choices(['json', 'md']).default('json'))
    .option('--jsonl', 'also stream each new article record to stdout as JSON Lines')
    .option('--since <date>', 'only articles published on or after DATE (YYYY-MM-DD)')
    .option('--until <date>', 'only articles published on or before DATE (YYYY-MM-DD)')
    .option('--concurrency <n>', 'requests in flight over all hosts', '8')
    .option('--per-host <n>', 'requests in flight per host', '1')
    .option('--delay <ms>', 'least time from the end of one answer to the next request to a host, in ms (raised to its Crawl-delay)', '1000')
    .option('--no-robots', 'do not read robots.txt (its rules, Crawl-delay and Sitemap lines are then ignored)')
    .option('--contact <email-or-url>', 'how site owners can reach you, added to the User-Agent')
    .option('--retries <n>', 'retries of a request after a network error, a timeout or a 5xx', '2')
    .option('--max-redirects <n>', 'redirects followed per URL', '5')
    .option('--jobs <n>', 'extract on N worker threads (1: on the main thread)', '1')
    .addOption(zoneOption())
    .option('--warc', 'also write the raw requests and responses as WARC 1.1 (gzip per record) into ARCHIVE/warc/')
    .option(
      '--recrawl',
      'check every article again: unchanged when the site dates it as before, else fetched (conditionally) and compared; a changed one keeps its version before in <slug>.versions/',
    )
    .option('--revisit <policy>', 'check again only the articles due by age: AGE:EVERY pairs, e.g. 7d:1d,30d:7d (units m h d w; AGE * for any)')
    .option('--rediscover', 'read the sitemaps, feed and REST API again, for articles published since')
    .option('--retry-failed', 'fetch again the URLs that ended in an error')
    .option(
      '--state <postgres-url>',
      'a shared crawl: its frontier and state in PostgreSQL (postgres://…; default $KLIPING_STATE, else state.sqlite in the archive)',
    )
    .option('--crawl-name <name>', "with --state: the crawl's name in the database (default: the archive folder's name)")
    .option('--lease <ms>', 'with --state: how long a worker holds a host without a heartbeat', '30000')
    .addOption(
      new Option('--status [format]', "with --state: show the crawl's progress per host and per worker, and exit (text or json)").choices(['text', 'json']),
    )
    .option('--export-manifest', 'with --state: write manifest.jsonl and indexes/index.cdxj of the archive from the database, and exit')
    .option('--no-progress', 'no progress line (it is shown only on a terminal anyway)')
    .option('-v, --verbose', 'a line on stderr for every URL finished and every discovery document read');
  addFetchOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ kliping crawl --site https://katajari.com --out arsip/
  $ kliping crawl --site katajari.com --since 2024-10-01 --out arsip/ --warc
  $ kliping crawl --input urls.txt --out arsip/ --format md
  $ cat urls.txt | kliping crawl --out arsip/ --jsonl > articles.jsonl

Run the same command again after Ctrl-C or a crash: it finishes the job, with no article
lost, none duplicated and no finished URL fetched again.

Many workers, one crawl: start any number of
  $ kliping crawl --state postgres://kliping@db.example/arsip --site katajari.com --out /mnt/arsip/
on one machine or many (the password from PGPASSWORD or ~/.pgpass, never the command line);
see docs/shared-crawl.md.

Re-crawls: --recrawl checks every article; --revisit 7d:1d,30d:7d those published less than
7 days ago once a day, less than 30 days ago once a week. The manifest says changed (with
what changed) or unchanged; see "kliping diff ARCHIVE --since DATE".

Exit status: 0 every URL ended ok or was skipped by rule (robots.txt, --since/--until,
duplicate, unchanged), 1 some failed or are left to do, or a --site listed no article,
2 usage error or the archive
cannot be written, 130 interrupted.`,
  );
  cmd.action(async (urls: string[], options: CrawlCommandOptions) => {
    const { runCrawl } = await import('./crawl-run.js');
    setExit(await runCrawl(urls, options, io));
  });
  return cmd;
}
