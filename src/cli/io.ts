/**
 * The CLI's edges: stdout carries data only, stderr one line per problem. Writing into a
 * closed pipe (`kliping … | head`) ends the output quietly instead of crashing.
 */
import type { Readable, Writable } from 'node:stream';
import { terminalLine } from '../util/terminal.js';

export interface CliIO {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
  env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/**
 * Writes to stdout, awaiting back-pressure. A reader that went away (EPIPE: `| head`) ends
 * the output quietly: every later write is a no-op. Any other failure (a full disk behind
 * `> file`, EIO) also ends the output, and the write that met it rejects once, with a
 * one-line reason, for the command to report; it never escapes as an uncaught error.
 */
export class DataOut {
  closed = false;
  /** The failure that ended the output, other than the reader going away. */
  error: Error | null = null;
  private reported = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => this.fail(err));
  }

  private fail(err: NodeJS.ErrnoException): void {
    this.closed = true;
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED' || this.error) return;
    this.error = new Error(`writing to stdout failed: ${outputReason(err)}`);
  }

  async write(chunk: string): Promise<void> {
    if (!this.closed && chunk) {
      await new Promise<void>((resolve) => {
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          this.stream.off('drain', finish);
          this.stream.off('close', finish);
          resolve();
        };
        try {
          const ok = this.stream.write(chunk, (err) => {
            if (err) this.fail(err);
            finish();
          });
          // Wait for room before the next chunk; a stream that errors or closes instead ends the wait too.
          if (!ok && !done) {
            this.stream.once('drain', finish);
            this.stream.once('close', finish);
          }
        } catch (err) {
          this.fail(err as NodeJS.ErrnoException);
          finish();
        }
      });
    }
    if (this.error && !this.reported) {
      this.reported = true;
      throw this.error;
    }
  }
}

function outputReason(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EIO':
      return 'input/output error';
    case 'EFBIG':
      return 'file too large';
    case 'EDQUOT':
      return 'disk quota exceeded';
    default:
      return (err.message ?? String(err)).split('\n')[0];
  }
}

/** stderr: one line per problem, never a crash (a closed or failing stderr is ignored). */
export class Log {
  constructor(private readonly stream: Writable) {
    if (!guarded.has(stream)) {
      guarded.add(stream);
      stream.on('error', () => {});
    }
  }

  /** One line: "kliping: <input>: <reason>". */
  problem(input: string, reason: string): void {
    this.line(`kliping: ${terminalLine(input)}: ${terminalLine(reason)}`);
  }

  line(text: string): void {
    try {
      this.stream.write(text + '\n');
    } catch {
      // stderr closed: nothing more to say
    }
  }
}

const guarded = new WeakSet<Writable>();

/** Untrusted text (input names, reasons quoting a page) on one line, without escape sequences or controls. */

/** All of a stream, or at most `limit` + 1 bytes (enough for the caller to see it was too much). */
export async function readAll(stream: Readable, limit = Infinity): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buf);
    size += buf.length;
    if (size > limit) {
      stream.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}
