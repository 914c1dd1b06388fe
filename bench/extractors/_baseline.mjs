// Not an extractor: loads the corpus and returns '' for every page. run.mjs runs it
// to report the floor of the other rows (Node itself + the 181 pages in memory).
import { runWorker } from './_harness.mjs';

await runWorker({
  name: 'baseline',
  async setup() {
    return { available: true, version: process.version, extract: () => '' };
  },
});
