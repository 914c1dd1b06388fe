/**
 * The CLI's edges: stdout carries data only, stderr one line per problem. Writing into a
 * closed pipe (`kliping … | head`) ends the output quietly instead of crashing.
 */
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
  env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Writes to stdout, awaiting back-pressure; after EPIPE every write is a no-op. */
export class DataOut {
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw err;
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.closed || !chunk) return;
    await new Promise<void>((resolve) => {
      const ok = this.stream.write(chunk, (err) => {
        if (err) this.closed = true;
        if (!ok) return;
        resolve();
      });
      if (!ok) this.stream.once('drain', resolve);
    });
  }
}

export class Log {
  constructor(private readonly stream: Writable) {}

  /** One line: "kliping: <input>: <reason>". */
  problem(input: string, reason: string): void {
    this.line(`kliping: ${oneLine(input)}: ${oneLine(reason)}`);
  }

  line(text: string): void {
    try {
      this.stream.write(text + '\n');
    } catch {
      // stderr closed: nothing more to say
    }
  }
}

function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ').trim();
}

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
