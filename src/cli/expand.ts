/**
 * The inputs as given → the files, URLs and stdin to read, in a stable order. A folder gives
 * the pages, drafts, records and web archives inside it (a kliping crawl archive gives its
 * article records); a glob the shell did not expand (quoted, or on Windows) gives the files
 * it matches. Anything else is passed on as it is, to be read or reported by name.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { InputError, isUrl } from './inputs.js';

/** What a folder is searched for (see also DRAFT_EXTENSIONS and HTML_EXTENSIONS in lint.ts). */
const READABLE = /\.(?:html?|xhtml|shtml|md|markdown|mdown|mkd|txt|text|json|jsonl|warc|warc\.gz|wacz)$/i;
/** Folders never searched: hidden ones, dependencies. */
const SKIPPED_FOLDER = /^(?:\..+|node_modules)$/;
const GLOB_CHARS = /[*?[\]{}]/;

export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<string | InputError> {
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) {
      yield input;
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) yield* folderInputs(input);
    else if (!info && GLOB_CHARS.test(input)) yield* globInputs(input);
    else yield input;
  }
}

async function* folderInputs(dir: string): AsyncGenerator<string | InputError> {
  const archive = await isCrawlArchive(dir);
  // An archive's current records; their earlier versions (`<slug>.versions/`) are what each is compared with.
  const current = (f: string) => /\.json$/i.test(f) && !/\.versions[\\/][^\\/]+$/.test(f);
  const files = archive ? (await walk(join(dir, 'articles'))).filter(current) : (await walk(dir)).filter((f) => READABLE.test(f));
  if (files.length === 0) {
    yield new InputError(dir, archive ? 'a crawl archive with no article records yet' : 'a folder with no pages, drafts, records or web archives in it');
    return;
  }
  yield* files;
}

/** A folder `kliping crawl` wrote: its records are in articles/ (the WARC files and the manifest hold the same articles again). */
async function isCrawlArchive(dir: string): Promise<boolean> {
  const [manifest, state] = await Promise.all([stat(join(dir, 'manifest.jsonl')).catch(() => null), stat(join(dir, 'state.sqlite')).catch(() => null)]);
  return !!manifest?.isFile() && !!state?.isFile();
}

/** Every file below `dir`, in a stable (sorted) order; unreadable subfolders are left out. */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDER.test(entry.name)) out.push(...(await walk(path)));
    } else if (entry.isFile()) out.push(path);
  }
  return out;
}

async function* globInputs(pattern: string): AsyncGenerator<string | InputError> {
  const { glob } = await import('tinyglobby');
  const found = (await glob(pattern, { onlyFiles: true, absolute: false, expandDirectories: false })).sort();
  if (found.length === 0) {
    // Said as for any missing file: a name with brackets in it is more often a file than a pattern.
    yield new InputError(pattern, 'no such file');
    return;
  }
  // tinyglobby answers relative to the current folder, as the shell would.
  for (const f of found) yield relative(process.cwd(), f) || f;
}
