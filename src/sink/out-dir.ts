/**
 * One file per article in an output folder. A name already taken by a different article
 * gets a numbered suffix ("slug-2.json"); the same article (same url) is updated in place.
 */
import { readFile } from 'node:fs/promises';
import { ensureDirSync } from './dirs.js';
import type { ArticleRecord } from '../record.js';
import { articleBaseName, pathInside } from './filenames.js';
import { writeFileAtomic } from './atomic.js';

export class OutDir {
  /** Names this run has written, by the url of their article. */
  private readonly written = new Map<string, string>();
  private ready: Promise<void> | null = null;

  constructor(
    readonly dir: string,
    readonly extension: string,
  ) {}

  async write(record: ArticleRecord, content: string): Promise<string> {
    this.ready ??= Promise.resolve().then(() => ensureDirSync(this.dir));
    await this.ready;
    const base = articleBaseName(record.url, record.headline);
    for (let n = 1; n < 10_000; n++) {
      const name = `${base}${n === 1 ? '' : `-${n}`}.${this.extension}`;
      const path = pathInside(this.dir, name);
      const owner = this.written.get(name) ?? (await existingArticleUrl(path, content));
      if (owner === undefined || owner === record.url) {
        await writeFileAtomic(path, content);
        this.written.set(name, record.url);
        return path;
      }
    }
    throw new Error(`no free file name for ${base} in ${this.dir}`);
  }
}

/**
 * The url of the article already in `path`: undefined when the file does not exist (or
 * holds exactly this content), else its url, or "" when it cannot be told.
 */
async function existingArticleUrl(path: string, content: string): Promise<string | undefined> {
  let existing: string;
  try {
    existing = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  if (existing === content) return undefined;
  try {
    const parsed = JSON.parse(existing) as { url?: unknown };
    if (typeof parsed.url === 'string') return parsed.url;
  } catch {
    // not JSON: Markdown front matter, or plain text
  }
  const front = /^---\n[\s\S]*?^url:\s*(.+)$/m.exec(existing);
  if (front) return front[1].trim().replace(/^(['"])(.*)\1$/, '$2');
  return '';
}
