/** The WARC stage: raw capture written by the crawl, read back by extract. */
export { WarcWriter, exchangeRecords, WARC_VERSION, WARC_ROTATE_BYTES, type WarcCommitted } from './write.js';
export { readWarcResponses, WARC_MAX_BODY, type WarcResponse } from './read.js';
