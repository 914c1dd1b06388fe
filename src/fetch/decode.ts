/**
 * Bodies decoded under a byte limit that holds for the raw and the decompressed bytes alike:
 * gzip, brotli and deflate (zlib-wrapped or raw, told apart by two bytes), as streams with
 * backpressure, so a decompression bomb is refused without being inflated into memory.
 */
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { FetchError } from './errors.js';

export function makeDecoders(contentEncoding: string | undefined, url: URL, status: number): Transform[] {
  if (!contentEncoding) return [];
  const codings = contentEncoding
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  // Codings are listed in the order they were applied: undo them in reverse.
  return codings.reverse().map((coding): Transform => {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
      case 'br':
        return zlib.createBrotliDecompress({
          flush: zlib.constants.BROTLI_OPERATION_FLUSH,
          finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
        });
      case 'deflate':
      case 'x-deflate':
        return new InflateAuto();
      default:
        throw new FetchError('decompression', `unsupported content-encoding (${coding})`, { url: url.href, status });
    }
  });
}

export async function readLimited(body: Readable, decoders: Transform[], maxBytes: number, tooLarge: () => FetchError): Promise<Buffer> {
  let raw = 0;
  let total = 0;
  const chunks: Buffer[] = [];
  const countRaw = async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      raw += chunk.length;
      if (raw > maxBytes) throw tooLarge();
      yield chunk;
    }
  };
  const collect = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  };
  // pipeline() destroys every stage (the undici body included) as soon as one fails. Its
  // typings list fixed arities; the decoders are a list of any length, so it is called variadically.
  const run = pipeline as unknown as (...stages: unknown[]) => Promise<void>;
  await run(body, countRaw, ...decoders, collect);
  return Buffer.concat(chunks, total);
}

/**
 * `Content-Encoding: deflate` is meant to be zlib-wrapped, but some servers send
 * raw deflate: look at the first two bytes and pick the right inflater. Honours
 * backpressure, so a deflate bomb is not inflated into memory.
 */
class InflateAuto extends Transform {
  #inner: zlib.Inflate | zlib.InflateRaw | null = null;
  #head: Buffer | null = null;
  #flushCallback: TransformCallback | null = null;

  #start(head: Buffer): zlib.Inflate | zlib.InflateRaw {
    const b0 = head[0] ?? 0;
    const b1 = head[1] ?? 0;
    const zlibWrapped = (b0 & 0x0f) === 8 && b0 >> 4 <= 7 && ((b0 << 8) | b1) % 31 === 0;
    const opts = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    const inner = zlibWrapped ? zlib.createInflate(opts) : zlib.createInflateRaw(opts);
    inner.on('data', (chunk: Buffer) => {
      if (!this.push(chunk)) inner.pause();
    });
    inner.on('error', (err) => this.destroy(err));
    inner.on('end', () => {
      const cb = this.#flushCallback;
      this.#flushCallback = null;
      cb?.();
    });
    this.#inner = inner;
    return inner;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let inner = this.#inner;
    if (!inner) {
      const head = this.#head ? Buffer.concat([this.#head, chunk]) : chunk;
      if (head.length < 2) {
        this.#head = head;
        callback();
        return;
      }
      this.#head = null;
      inner = this.#start(head);
      chunk = head;
    }
    inner.write(chunk, (err) => {
      if (!err) callback(); // on error the 'error' listener destroys this stream
    });
  }

  override _read(size: number): void {
    this.#inner?.resume();
    super._read(size);
  }

  override _flush(callback: TransformCallback): void {
    let inner = this.#inner;
    if (!inner) {
      if (!this.#head) {
        callback();
        return;
      }
      inner = this.#start(this.#head);
      inner.write(this.#head);
      this.#head = null;
    }
    this.#flushCallback = callback;
    inner.end();
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    this.#inner?.destroy();
    this.#inner = null;
    callback(err);
  }
}
