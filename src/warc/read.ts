/**
 * Reading WARC files back: the HTTP responses a crawl (or another archiver) captured, for
 * `kliping extract` to extract as pages.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { WARCParser } from 'warcio';

/** One HTTP response read back from a WARC file. */
export interface WarcResponse {
  url: string;
  date: string | null;
  status: number;
  headers: Record<string, string>;
  /** The decoded body; at most `maxBytes` + 1 bytes (a longer one is cut there, so the caller can tell). */
  body: Buffer;
}

/** The default body limit when reading a WARC file: that of a fetched page (--max-size). */
export const WARC_MAX_BODY = 10 * 1024 * 1024;

/**
 * Read the response records of a WARC file (gzipped or not), in order. A body is decoded
 * (chunked, gzip, deflate) as a stream and kept up to `maxBytes` + 1 bytes: a WARC file
 * from elsewhere may hold a record that inflates to gigabytes.
 */
export async function* readWarcResponses(input: string | Readable, options: { maxBytes?: number } = {}): AsyncGenerator<WarcResponse> {
  const maxBytes = options.maxBytes ?? WARC_MAX_BODY;
  const parser = new WARCParser(typeof input === 'string' ? createReadStream(input) : input);
  for await (const record of parser) {
    if (record.warcType !== 'response') {
      await record.skipFully();
      continue;
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of record.httpHeaders?.headers ?? []) headers[name.toLowerCase()] = value;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of record) {
      const room = maxBytes + 1 - size;
      chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
      size += Math.min(chunk.length, room);
      if (size > maxBytes) break; // the rest of the record is skipped by the parser
    }
    yield {
      url: record.warcTargetURI ?? '',
      date: record.warcDate ?? null,
      status: Number(record.httpHeaders?.statusCode ?? 0),
      headers,
      body: Buffer.concat(chunks),
    };
  }
}
