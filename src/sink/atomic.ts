/**
 * Files are written to a temporary name beside the target and renamed: never half-written.
 * A target that is not a regular file (/dev/null, /dev/stdout, a named pipe) is written to
 * as it is, never replaced by a file.
 */
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.kliping-tmp-${randomBytes(4).toString('hex')}`);
}

/**
 * Create the temporary file. A folder that exists but answers "no such file" when a file is
 * created in it (/proc, /sys) gets a reason that says so.
 */
async function openTemp(tmp: string): Promise<FileHandle> {
  try {
    return await open(tmp, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      const dir = dirname(tmp);
      let isDir = false;
      try {
        isDir = statSync(dir).isDirectory();
      } catch {
        // the folder is missing indeed
      }
      if (isDir) throw Object.assign(new Error(`cannot create files in ${dir}`), { path: dir });
    }
    throw err;
  }
}

/** Writes a file under a temporary name and renames it into place; `mode` gives it those permissions (else 0644). */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  const tmp = tempName(path);
  const handle = await openTemp(tmp);
  try {
    if (options.mode !== undefined) await handle.chmod(options.mode);
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await handle.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
}

/**
 * A file written progressively under a temporary name, renamed into place on commit. Once
 * a write has failed (a full disk) the content is incomplete: every later write and the
 * commit fail with that error, and the file that was there before is left as it was.
 */
export class AtomicStream {
  private failed: unknown = null;

  private constructor(
    private readonly handle: FileHandle,
    /** The temporary file, or null when writing straight into a device or pipe. */
    private readonly tmp: string | null,
    readonly path: string,
  ) {}

  static async open(path: string): Promise<AtomicStream> {
    let info: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      info = await stat(path);
    } catch {
      // not there yet (or not reachable: creating the temporary file says why)
    }
    if (info?.isDirectory()) throw Object.assign(new Error(`is a directory: ${path}`), { code: 'EISDIR', path });
    if (info && !info.isFile()) return new AtomicStream(await open(path, 'w'), null, path);
    const tmp = tempName(path);
    return new AtomicStream(await openTemp(tmp), tmp, path);
  }

  async write(data: string): Promise<void> {
    if (this.failed) throw this.failed;
    try {
      const bytes = Buffer.from(data);
      // A write may take only part of the bytes (a disk filling up): write the rest, or fail.
      for (let done = 0; done < bytes.length;) {
        const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done);
        if (bytesWritten <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        done += bytesWritten;
      }
    } catch (err) {
      this.failed = err;
      throw err;
    }
  }

  async commit(): Promise<void> {
    if (this.failed) {
      await this.abort();
      throw this.failed;
    }
    try {
      if (this.tmp) await this.handle.sync();
      await this.handle.close();
    } catch (err) {
      await this.abort();
      throw err;
    }
    if (!this.tmp) return;
    try {
      await rename(this.tmp, this.path);
    } catch (err) {
      await unlink(this.tmp).catch(() => {});
      throw err;
    }
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => {});
    if (this.tmp) await unlink(this.tmp).catch(() => {});
  }
}
