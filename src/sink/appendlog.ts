/**
 * An append-only file whose committed length is kept elsewhere (in the crawl state).
 * Each append is one write of whole records to an O_APPEND descriptor; on open, bytes
 * past the committed length (a record whose transaction never committed, or a line torn
 * by a crash) are cut off. Data is flushed to disk at most every `syncIntervalMs` and on
 * close; the state database itself is synced on every commit, so after a power cut the
 * file can only be shorter than committed, which the owner detects and repairs.
 */
import { closeSync, fdatasyncSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';

export type OpenRepair =
  /** Nothing to repair. */
  | 'none'
  /** Bytes past the committed length were cut off. */
  | 'truncated'
  /** The file is shorter than committed (lost data): the owner must rebuild it. */
  | 'short';

export class AppendLog {
  private fd: number;
  private sizeNow: number;
  private dirty = false;
  private timer: NodeJS.Timeout | null = null;

  private constructor(
    readonly path: string,
    fd: number,
    size: number,
    private readonly syncIntervalMs: number,
  ) {
    this.fd = fd;
    this.sizeNow = size;
  }

  /**
   * Open for appending. With `committed` (the length recorded by the last commit), a
   * longer file is cut back to it. Without (nothing recorded yet), an unterminated last
   * line is cut off (`lineBased`), so that the next append starts on a fresh line.
   */
  static open(
    path: string,
    committed: number | null,
    { lineBased = false, syncIntervalMs = 200 }: { lineBased?: boolean; syncIntervalMs?: number } = {},
  ): { log: AppendLog; repair: OpenRepair; cut: number } {
    const fd = openSync(path, 'a+', 0o644);
    let size = fstatSync(fd).size;
    let repair: OpenRepair = 'none';
    let cut = 0;
    if (committed !== null) {
      if (size > committed) {
        cut = size - committed;
        ftruncateSync(fd, committed);
        fdatasyncSync(fd);
        size = committed;
        repair = 'truncated';
      } else if (size < committed) {
        repair = 'short';
      }
    } else if (lineBased && size > 0) {
      const keep = lastNewlineEnd(fd, size);
      if (keep < size) {
        cut = size - keep;
        ftruncateSync(fd, keep);
        fdatasyncSync(fd);
        size = keep;
        repair = 'truncated';
      }
    }
    return { log: new AppendLog(path, fd, size, syncIntervalMs), repair, cut };
  }

  get size(): number {
    return this.sizeNow;
  }

  /** Append whole records with one write; on failure the file is cut back and the error thrown. */
  appendSync(data: string | Uint8Array): number {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const before = this.sizeNow;
    try {
      let off = 0;
      while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
    } catch (err) {
      try {
        ftruncateSync(this.fd, before);
      } catch {
        // the next open cuts it back to the committed length anyway
      }
      throw err;
    }
    this.sizeNow = before + buf.length;
    this.scheduleSync();
    return this.sizeNow;
  }

  private scheduleSync(): void {
    this.dirty = true;
    if (this.timer || this.syncIntervalMs <= 0) {
      if (this.syncIntervalMs <= 0) this.sync();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.sync();
    }, this.syncIntervalMs);
    this.timer.unref();
  }

  sync(): void {
    if (!this.dirty || this.fd < 0) return;
    this.dirty = false;
    try {
      fdatasyncSync(this.fd);
    } catch {
      // a failed flush shows up as a short file on the next open, which is repaired there
    }
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.fd < 0) return;
    this.sync();
    closeSync(this.fd);
    this.fd = -1;
  }
}

/** Length of the file up to and including its last newline (0 if none). */
function lastNewlineEnd(fd: number, size: number): number {
  const chunk = Buffer.alloc(64 * 1024);
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - chunk.length);
    const n = readSync(fd, chunk, 0, end - start, start);
    const i = chunk.subarray(0, n).lastIndexOf(0x0a);
    if (i >= 0) return start + i + 1;
    end = start;
  }
  return 0;
}
