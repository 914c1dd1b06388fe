/**
 * Atomic writes: a full disk (ENOSPC) in the middle of a write leaves the previous file as it
 * was and no temporary file behind.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
let failWrites = false;

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (!failWrites) return handle;
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (prop === 'writeFile' || prop === 'write') return async () => Promise.reject(enospc);
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
  };
});

const { writeFileAtomic, AtomicStream } = await import('../src/sink/atomic.js');

afterEach(() => {
  failWrites = false;
});

describe('atomic writes on a full disk', () => {
  it('writeFileAtomic: the old file stays, no temporary file is left, the error says ENOSPC', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-atomic-'));
    const target = join(dir, 'artikel.json');
    writeFileSync(target, 'lama');
    failWrites = true;
    await expect(writeFileAtomic(target, 'baru')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(target, 'utf8')).toBe('lama');
    expect(readdirSync(dir)).toEqual(['artikel.json']);
  });

  it('AtomicStream: a failed write can be aborted, leaving the old file and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-atomic-'));
    const target = join(dir, 'out.jsonl');
    writeFileSync(target, 'lama\n');
    failWrites = true;
    const stream = await AtomicStream.open(target);
    await expect(stream.write('{"a":1}\n')).rejects.toMatchObject({ code: 'ENOSPC' });
    await stream.abort();
    expect(readFileSync(target, 'utf8')).toBe('lama\n');
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });

  it('without a fault, the new content replaces the old in one rename', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-atomic-'));
    const target = join(dir, 'artikel.json');
    writeFileSync(target, 'lama');
    await writeFileAtomic(target, 'baru');
    expect(readFileSync(target, 'utf8')).toBe('baru');
    expect(readdirSync(dir)).toEqual(['artikel.json']);
  });
});
