/** A worker thread of the extraction pool: bytes in, record out. */
import { parentPort } from 'node:worker_threads';
import { extract, type ExtractInputOptions } from '../pipeline.js';

parentPort?.on('message', (msg: { id: number; input: string | Uint8Array; options: ExtractInputOptions }) => {
  try {
    parentPort!.postMessage({ id: msg.id, record: extract(msg.input, msg.options) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
