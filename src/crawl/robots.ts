/**
 * robots.txt, read with robots-parser: the group for kliping's own token ("kliping") when
 * the file has one, else the "*" group — rules and Crawl-delay alike. What an answer
 * means follows RFC 9309: 2xx is parsed; a 4xx means there are no rules; a 5xx or an
 * unreachable host means the site cannot be crawled now (its URLs fail, to be retried
 * with --retry-failed).
 */
import robotsParserModule from 'robots-parser';
import { fetchUrl, type FetchOptions } from '../fetch/index.js';
import { FetchError } from '../fetch/errors.js';

/** The product token kliping's robots.txt rules are matched against. */
export const ROBOTS_TOKEN = 'kliping';

/** RFC 9309 asks crawlers to parse at least 500 KiB. */
export const ROBOTS_MAX_BYTES = 512 * 1024;

export type RobotsRules =
  | { kind: 'rules'; isAllowed(url: string): boolean; crawlDelayMs: number | null; sitemaps: string[] }
  | { kind: 'allow-all'; reason: string }
  | { kind: 'unavailable'; reason: string };

/** What robots-parser returns (its typings describe an ES default export; the package is CommonJS). */
interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}
// robots-parser is CommonJS with `export =` typings that NodeNext imports as a namespace; its
// default export is the function itself.
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => Robot;

/** Parse robots.txt text fetched from `robotsUrl`, for the kliping token. */
export function parseRobots(robotsUrl: string, text: string, token = ROBOTS_TOKEN): RobotsRules & { kind: 'rules' } {
  const robot: Robot = robotsParser(robotsUrl, text);
  const delay = robot.getCrawlDelay(token);
  return {
    kind: 'rules',
    isAllowed: (url: string) => robot.isAllowed(url, token) !== false,
    crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? Math.round(delay * 1000) : null,
    sitemaps: robot.getSitemaps(),
  };
}

/** What the host answered for robots.txt: its text, no rules (4xx), or no answer (5xx, unreachable). */
export type RobotsAnswer = { kind: 'text'; url: string; body: string } | { kind: 'allow-all'; reason: string } | { kind: 'unavailable'; reason: string };

/** Fetch `origin`/robots.txt (kept as text by a shared crawl, for the next worker on the host). Throws only when aborted. */
export async function fetchRobots(origin: string, fetchOptions: FetchOptions): Promise<RobotsAnswer> {
  const robotsUrl = `${origin}/robots.txt`;
  try {
    const res = await fetchUrl(robotsUrl, {
      ...fetchOptions,
      requireHtml: false,
      acceptNotModified: false,
      headers: { ...(fetchOptions.headers ?? {}), accept: 'text/plain,*/*;q=0.5' },
      maxBytes: ROBOTS_MAX_BYTES,
    });
    return { kind: 'text', url: robotsUrl, body: res.body.toString('utf8') };
  } catch (err) {
    if (!(err instanceof FetchError)) return { kind: 'unavailable', reason: String(err) };
    if (err.code === 'http-status' && err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 429) {
      return { kind: 'allow-all', reason: err.message };
    }
    if (err.code === 'aborted') throw err;
    return { kind: 'unavailable', reason: `robots.txt unavailable (${err.message})` };
  }
}

/** The rules of an answer. */
export function rulesOf(answer: RobotsAnswer, token = ROBOTS_TOKEN): RobotsRules {
  return answer.kind === 'text' ? parseRobots(answer.url, answer.body, token) : answer;
}

/** Fetch and parse `origin`/robots.txt. Throws only when aborted. */
export async function loadRobots(origin: string, fetchOptions: FetchOptions, token = ROBOTS_TOKEN): Promise<RobotsRules> {
  return rulesOf(await fetchRobots(origin, fetchOptions), token);
}
