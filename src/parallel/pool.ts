/**
 * Extraction on worker threads: `--jobs N` for batches. Each worker parses and extracts
 * whole pages; only bytes go in and records come out, so the main thread stays free for I/O.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ArticleRecord } from '../record.js';
import type { ExtractInputOptions } from '../pipeline.js';

interface Job {
  slot: Slot;
  resolve: (record: ArticleRecord) => void;
  reject: (err: Error) => void;
}

interface Reply {
  id: number;
  record?: ArticleRecord;
  error?: string;
}

interface Slot {
  worker: Worker;
  busy: number;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private closed = false;

  constructor(size: number = availableParallelism()) {
    const n = Math.max(1, Math.floor(size));
    for (let i = 0; i < n; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** The record of one page; rejects with the extractor's error message. */
  extract(input: string | Uint8Array, options: ExtractInputOptions = {}): Promise<ArticleRecord> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    const id = this.nextId++;
    // The least busy worker takes the page.
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise<ArticleRecord>((resolve, reject) => {
      this.jobs.set(id, {
        slot,
        resolve: (r) => {
          slot.busy--;
          resolve(r);
        },
        reject: (e) => {
          slot.busy--;
          reject(e);
        },
      });
      slot.worker.postMessage({ id, input, options });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    for (const job of this.jobs.values()) job.reject(new Error('the extraction pool was closed'));
    this.jobs.clear();
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL);
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (reply: Reply) => {
      const job = this.jobs.get(reply.id);
      if (!job) return;
      this.jobs.delete(reply.id);
      if (reply.record) job.resolve(reply.record);
      else job.reject(new Error(reply.error ?? 'extraction failed'));
    });
    worker.on('error', (err) => {
      // A worker that dies takes its pages with it: fail them, replace the worker.
      for (const [id, job] of this.jobs) {
        if (job.slot !== slot) continue;
        this.jobs.delete(id);
        job.reject(err instanceof Error ? err : new Error(String(err)));
      }
      if (!this.closed) {
        const i = this.slots.indexOf(slot);
        if (i >= 0) this.slots[i] = this.spawn();
      }
    });
    return slot;
  }
}
