/** Shared by the rule tests: lint a fixture of fixtures/lint/ (or inline copy) with a chosen config. */
import { readFileSync } from 'node:fs';
import { extractDetailed } from '../../src/index.js';
import { extractDraft } from '../../src/extract/draft.js';
import { lintArticle } from '../../src/lint/runner.js';
import type { LintConfigInput } from '../../src/lint/config.js';
import type { Finding } from '../../src/record.js';
import type { Extraction } from '../../src/extract/article.js';

export const root = new URL('../../', import.meta.url);

export function readFixture(path: string): string {
  return readFileSync(new URL(path, root), 'utf8');
}

/** The extraction of a fixture: .html files as pages, everything else as drafts. */
export function extractFixture(path: string): Extraction {
  const text = readFixture(path);
  return path.endsWith('.html') ? extractDetailed(text, { source: path, lint: false }) : extractDraft(text, { source: path });
}

export function lintFixture(path: string, config?: LintConfigInput): Finding[] {
  return lintArticle(extractFixture(path), config);
}

export function lintDraft(text: string, config?: LintConfigInput): Finding[] {
  return lintArticle(extractDraft(text, { source: 'draft.md' }), config);
}

export function lintHtml(html: string, config?: LintConfigInput): Finding[] {
  return lintArticle(extractDetailed(html, { source: 'page.html', lint: false }), config);
}

export function ofRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** The text at a finding's line and column in the source, `length` characters long. */
export function textAt(source: string, f: Finding): string {
  const line = source.split('\n')[f.line! - 1].replace(/\r$/, '');
  return line.slice(f.column! - 1, f.column! - 1 + (f.length ?? 0));
}

/** A minimal WordPress-like page around a lead, body paragraphs and captioned figures. */
export function page(options: { published?: string; headline?: string; blocks: string[] }): string {
  const meta = options.published ? `<meta property="article:published_time" content="${options.published}">` : '';
  return `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>${options.headline ?? 'Judul Berita'}</title>${meta}</head>
<body class="single"><article class="post"><h1 class="entry-title">${options.headline ?? 'Judul Berita'}</h1>
<div class="entry-content">
${options.blocks.join('\n')}
</div></article></body></html>`;
}

export function figure(src: string, caption: string): string {
  return `<figure class="wp-block-image"><img src="${src}" alt=""><figcaption>${caption}</figcaption></figure>`;
}

/** A Markdown draft with front matter. */
export function draft(options: { published?: string; headline?: string; body: string[] }): string {
  const fm = options.published ? `---\npublished: ${options.published}\n---\n\n` : '';
  return `${fm}# ${options.headline ?? 'Judul Berita'}\n\n${options.body.join('\n\n')}\n`;
}
