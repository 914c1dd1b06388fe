// Extractor worker: Mozilla Readability 0.6 on jsdom (the readability_js row upstream).
// Upstream ran readability-cli (`readable FILE --properties=text-content
// --low-confidence=force`), i.e. Readability#parse() without the
// isProbablyReaderable() gate, and printed article.textContent. Same here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runWorker } from './_harness.mjs';

const utf8 = new TextDecoder('utf-8');

function versionOf(require, pkg) {
  try {
    // Walk up from the resolved entry to the package's own package.json.
    let dir = dirname(require.resolve(pkg));
    for (let i = 0; i < 5; i++, dir = dirname(dir)) {
      try {
        const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        if (json.name === pkg) return json.version;
      } catch {
        /* keep walking */
      }
    }
  } catch {
    /* not installed */
  }
  return null;
}

const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

await runWorker({
  name: 'readability',
  async setup() {
    const require = createRequire(import.meta.url);
    let JSDOM;
    let VirtualConsole;
    let Readability;
    try {
      ({ JSDOM, VirtualConsole } = await import('jsdom'));
      ({ Readability } = await import('@mozilla/readability'));
    } catch (err) {
      return { available: false, reason: `cannot load jsdom / @mozilla/readability: ${err.message}` };
    }
    // A silent console: jsdom otherwise reports every CSS it cannot parse.
    const virtualConsole = new VirtualConsole();
    function run(html, url) {
      // Parsing the page into a DOM is part of the extractor's cost, as is closing it.
      const dom = new JSDOM(html, { url: url ?? 'https://example.invalid/', virtualConsole });
      try {
        const article = new Readability(dom.window.document).parse();
        return { text: article?.textContent ?? '', headline: article?.title ?? null };
      } finally {
        dom.window.close();
      }
    }
    const version = `${versionOf(require, '@mozilla/readability')} (jsdom ${versionOf(require, 'jsdom')})`;
    return {
      available: true,
      version,
      extract(bytes, url) {
        // The corpus files are UTF-8 (upstream reads them so). jsdom's own sniffing of raw
        // bytes falls back to windows-1252 on pages without a <meta charset> and garbles
        // them, so Readability gets the text decoded as UTF-8, inside its timing.
        const html = typeof bytes === 'string' ? bytes : utf8.decode(bytes);
        try {
          return run(html, url);
        } catch (err) {
          // jsdom 27's CSS parser (cssstyle / css-tree) throws on a few pages'
          // stylesheets ("Cannot create property 'border-width' on string 'inherit'",
          // '")" is expected'): 4 of the 181 pages. That is a jsdom bug, not a
          // Readability result; Readability deletes <style> elements first thing
          // and never reads stylesheets, so retry once without them. Both attempts
          // stay inside the timing; the page gets a note.
          const stripped = html.replace(STYLE_BLOCK, '');
          if (stripped === html) throw err;
          return { ...run(stripped, url), note: `retried without <style>: jsdom threw ${String(err?.message ?? err).slice(0, 80)}` };
        }
      },
    };
  },
});
