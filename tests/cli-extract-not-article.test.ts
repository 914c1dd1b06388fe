/**
 * `kliping extract` on pages that are no article (the built binary): one line on stderr
 * naming the input and the reason, nothing on stdout for it, the other inputs go on, exit 1.
 */
import { describe, expect, it } from 'vitest';
import { runKliping as run } from './helpers/cli.js';

const category = 'fixtures/not-article/wp-category-archive.html';
const protectedPost = 'fixtures/not-article/wp-password-protected-id.html';
const article = 'fixtures/wp-classic-wp-caption.html';

describe('kliping extract: not an article', () => {
  it('one page that is none: exit 1, one line with the reason, nothing on stdout', async () => {
    const r = await run(['extract', category]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`kliping: ${category}: not an article: category archive\n`);
  });

  it('among articles: the others are printed, exit 1', async () => {
    const r = await run(['extract', '-f', 'jsonl', category, article, protectedPost]);
    expect(r.code).toBe(1);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((x) => x.url)).toEqual([article]);
    expect(r.stderr.trim().split('\n')).toEqual([`kliping: ${category}: not an article: category archive`, `kliping: ${protectedPost}: password-protected`]);
  });

  it('the same with --jobs 2 (records come back from the worker threads)', async () => {
    const r = await run(['extract', '-f', 'jsonl', '--jobs', '2', category, article]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe(`kliping: ${category}: not an article: category archive\n`);
  });
});
