/** Files are written to a temporary name beside the target and renamed: never half-written. */
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.kliping-tmp-${randomBytes(4).toString('hex')}`);
  const handle = await open(tmp, 'wx', 0o644);
  try {
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

/** A file written progressively under a temporary name, renamed into place on commit. */
export class AtomicStream {
  private constructor(
    private readonly handle: import('node:fs/promises').FileHandle,
    private readonly tmp: string,
    readonly path: string,
  ) {}

  static async open(path: string): Promise<AtomicStream> {
    const tmp = join(dirname(path), `.${basename(path)}.kliping-tmp-${randomBytes(4).toString('hex')}`);
    const handle = await open(tmp, 'wx', 0o644);
    return new AtomicStream(handle, tmp, path);
  }

  async write(data: string): Promise<void> {
    await this.handle.write(data);
  }

  async commit(): Promise<void> {
    await this.handle.sync();
    await this.handle.close();
    await rename(this.tmp, this.path);
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => {});
    await unlink(this.tmp).catch(() => {});
  }
}
