// Extractor worker: kliping itself, from the build output (run `npm run build` first).
//   import { extract } from '../../dist/index.js'; extract(html, { url }).text
// Set KLIPING_BENCH_MODULE=/path/to/module.js to benchmark another build.
// A missing build or a missing extract() export makes the row "unavailable".
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runWorker } from './_harness.mjs';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** What the sets score of a kliping record: the body (`text`, else the paragraphs joined), headline, published. */
function bodyOfRecord(record) {
  let text = '';
  if (record && typeof record.text === 'string') text = record.text;
  else if (record && Array.isArray(record.paragraphs)) text = record.paragraphs.join('\n\n');
  return { text, headline: record?.headline ?? null, published: record?.published ?? null, publishedFrom: record?.publishedFrom ?? null };
}

await runWorker({
  name: 'kliping',
  async setup() {
    const modulePath = resolve(process.env.KLIPING_BENCH_MODULE ?? resolve(repo, 'dist/index.js'));
    if (!existsSync(modulePath)) {
      return { available: false, reason: `${modulePath} not found (run npm run build)` };
    }
    let mod;
    try {
      mod = await import(pathToFileURL(modulePath).href);
    } catch (err) {
      return { available: false, reason: `cannot import ${modulePath}: ${err.message.split('\n')[0]}` };
    }
    const extractFn = mod.extract ?? mod.default?.extract;
    if (typeof extractFn !== 'function') {
      return { available: false, reason: `${modulePath} has no extract() export` };
    }
    let version = null;
    try {
      version = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8')).version;
    } catch {
      /* ignore */
    }
    return {
      available: true,
      version,
      extract(html, url) {
        const record = extractFn(html, { url });
        return typeof record?.then === 'function' ? record.then(bodyOfRecord) : bodyOfRecord(record);
      },
      // --jobs N: kliping's own worker-thread pool (the one `kliping extract --jobs` uses).
      createPool:
        typeof mod.ExtractPool === 'function'
          ? (jobs) => {
              const pool = new mod.ExtractPool(jobs);
              return { extract: (html, url) => pool.extract(html, { url }).then(bodyOfRecord), close: () => pool.close() };
            }
          : undefined,
    };
  },
});
