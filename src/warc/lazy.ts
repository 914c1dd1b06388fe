/** WARC reading (warcio) loads on first use, so that `import { extract } from 'kliping'` stays light. */
import type { WarcResponse } from './read.js';

/** The archived HTML responses of a WARC file. */
export async function* readWarcResponses(path: string, options?: { maxBytes?: number }): AsyncGenerator<WarcResponse> {
  const { readWarcResponses: read } = await import('./read.js');
  yield* read(path, options);
}
