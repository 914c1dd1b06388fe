/**
 * Raw capture as WARC 1.1 with warcio: for every HTTP exchange a `request` record and a
 * `response` record (gzip per record, so the file is a valid .warc.gz and each record
 * can be read on its own), in ARCHIVE/warc/kliping-<time>-<n>.warc.gz, each file
 * opening with a `warcinfo` record. Bodies are stored decoded: the Content-Encoding
 * they came with is moved to X-Kliping-Decoded-Content-Encoding and Content-Length is
 * set to the stored length, so replay tools read the payload as it is.
 *
 * Records are appended whole, in the same commit as the URL's manifest line (see
 * CrawlState.complete), and the committed length is recorded: a crash never leaves a
 * torn record behind, because the next start cuts the file back to it.
 *
 * When the crawl closes, the CDXJ index of the WARC files is brought up to date (cdxj.ts).
 */
import { STATUS_CODES } from 'node:http';
import { ensureDirSync } from '../sink/dirs.js';
import { dirname, join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { FetchExchange } from '../fetch/index.js';
import { VERSION } from '../fetch/version.js';
import { AppendLog } from '../sink/appendlog.js';
import { errorMessage } from '../util/text.js';
import { archiveIndex, INDEX_FILE } from './cdxj.js';

export const WARC_VERSION = 'WARC/1.1';
/** Start a new file past this size. */
export const WARC_ROTATE_BYTES = 1024 * 1024 * 1024;

const HOP_BY_HOP = new Set(['transfer-encoding', 'connection', 'keep-alive', 'content-length', 'content-encoding']);

function httpDate(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

async function serialize(record: WARCRecord): Promise<Uint8Array> {
  return WARCSerializer.serialize(record, { gzip: true });
}

/** The request and response records of one exchange, serialized (gzip members, concatenated). */
export async function exchangeRecords(ex: FetchExchange): Promise<Buffer> {
  const url = new URL(ex.url);
  const requestHeaders: [string, string][] = [['host', url.host]];
  for (const [name, value] of Object.entries(ex.requestHeaders)) if (name !== 'host') requestHeaders.push([name, value]);
  const response = WARCRecord.create(
    {
      url: ex.url,
      date: ex.date,
      type: 'response',
      warcVersion: WARC_VERSION,
      statusline: `HTTP/1.1 ${ex.status} ${STATUS_CODES[ex.status] ?? ''}`.trimEnd(),
      httpHeaders: responseHeaders(ex),
      warcHeaders: ex.body === null ? { 'WARC-Truncated': 'unspecified' } : {},
    },
    [ex.body ?? new Uint8Array(0)],
  );
  const responseId = response.warcHeaders.headers.get('WARC-Record-ID') ?? '';
  const request = WARCRecord.create(
    {
      url: ex.url,
      date: ex.date,
      type: 'request',
      warcVersion: WARC_VERSION,
      statusline: `GET ${url.pathname}${url.search} HTTP/1.1`,
      httpHeaders: requestHeaders,
      warcHeaders: { 'WARC-Concurrent-To': responseId },
    },
    [],
  );
  const parts = [await serialize(request), await serialize(response)];
  return Buffer.concat(parts);
}

function responseHeaders(ex: FetchExchange): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(ex.headers)) {
    if (HOP_BY_HOP.has(name)) continue;
    out.push([name, value]);
  }
  const coding = ex.headers['content-encoding'];
  if (coding && ex.body !== null) out.push(['x-kliping-decoded-content-encoding', coding]);
  else if (coding) out.push(['content-encoding', coding]);
  out.push(['content-length', String(ex.body?.length ?? 0)]);
  return out;
}

async function warcinfo(filename: string): Promise<Buffer> {
  const record = WARCRecord.createWARCInfo(
    { filename, warcVersion: WARC_VERSION },
    {
      software: `kliping/${VERSION}`,
      format: 'WARC File Format 1.1',
      conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
    },
  );
  return Buffer.from(await serialize(record));
}

export interface WarcCommitted {
  file: string;
  bytes: number;
}

/** The WARC files of an archive: one open file, appended whole records at a time. */
export class WarcWriter {
  private log: AppendLog | null = null;
  private name: string | null = null;
  /** The next file's name and serialized warcinfo record, made ahead (appends are synchronous). */
  private next: { name: string; info: Buffer } | null = null;
  private seq = 0;

  private constructor(
    readonly dir: string,
    /** Put in every file name after "kliping-": a worker of a shared crawl writes only its own files. */
    private readonly prefix: string | null = null,
  ) {}

  /**
   * Open the archive's WARC folder. The file the last commit wrote to is cut back to its
   * committed length and appended to (until it passes the rotation size).
   */
  static async open(archiveRoot: string, committed: WarcCommitted | null, options: { prefix?: string } = {}): Promise<{ writer: WarcWriter; cut: number }> {
    const dir = join(archiveRoot, 'warc');
    ensureDirSync(dir);
    const writer = new WarcWriter(dir, options.prefix ?? null);
    let cut = 0;
    const m = committed ? /^kliping-[0-9]{14}-([0-9]{5})\.warc\.gz$/.exec(committed.file) : null;
    if (committed && m) {
      const opened = AppendLog.open(join(dir, committed.file), committed.bytes);
      cut = opened.cut;
      if (opened.repair === 'short' || opened.log.size >= WARC_ROTATE_BYTES) {
        opened.log.close();
      } else {
        writer.log = opened.log;
        writer.name = committed.file;
      }
      writer.seq = Number(m[1]);
    }
    await writer.prepareNext();
    return { writer, cut };
  }

  private async prepareNext(): Promise<void> {
    if (this.next) return;
    const name = `kliping-${this.prefix ? `${this.prefix}-` : ''}${httpDate(new Date())}-${String(this.seq + 1).padStart(5, '0')}.warc.gz`;
    this.next = { name, info: await warcinfo(name) };
  }

  /**
   * Serialize the records of some exchanges for a later `append`. (Serializing is
   * asynchronous; the append is synchronous, inside the commit.)
   */
  async records(exchanges: FetchExchange[]): Promise<Buffer> {
    const parts: Buffer[] = [];
    for (const ex of exchanges) parts.push(await exchangeRecords(ex));
    await this.prepareNext();
    return Buffer.concat(parts);
  }

  /** Append serialized records (synchronously); returns the file and its new committed length. */
  append(bytes: Buffer): WarcCommitted {
    if (!this.log || this.log.size + bytes.length > WARC_ROTATE_BYTES) {
      const next = this.next;
      if (!next) throw new Error('the next WARC file is not ready');
      this.log?.close();
      this.log = AppendLog.open(join(this.dir, next.name), null).log;
      this.name = next.name;
      this.seq++;
      this.next = null;
      this.log.appendSync(Buffer.concat([next.info, bytes]));
      this.prepareNext().catch(() => {});
    } else {
      this.log.appendSync(bytes);
    }
    return { file: this.name as string, bytes: this.log.size };
  }

  close(): void {
    this.log?.close();
    this.log = null;
  }

  /**
   * Close, then bring ARCHIVE/indexes/index.cdxj up to date with the WARC files (only what
   * was appended since the last index is read). Never throws: a failure is told to
   * `notice`, and `kliping pack` indexes again anyway.
   */
  async finish(notice: (message: string) => void): Promise<void> {
    this.close();
    try {
      await archiveIndex(dirname(this.dir), { write: true });
    } catch (err) {
      notice(`${INDEX_FILE}: not written (${errorMessage(err)})`);
    }
  }
}
