/**
 * The report as one self-contained HTML page: inline CSS, the chart as inline SVG, no script
 * and nothing fetched, so it opens anywhere (a USB stick, an e-mail attachment). Every text
 * from the archive is escaped; links to records are relative to the report's folder.
 */
import { VERSION } from '../fetch/version.js';
import { fillMonths, monthChart } from './chart.js';
import { blocks, stamps, type WordPart } from '../diff/compare.js';
import { escapeHtml as e, safeHttpUrl } from './escape.js';
import type { ChangedArticle, ReasonGroup, ReportData, RuleFindings } from './data.js';
import type { ArchivedArticle } from '../pack/archive.js';
import { REPORT_CSS } from './style.js';

export interface RenderOptions {
  /** The href of an archive-relative file, from the report's folder. */
  href: (file: string) => string;
  /** The report's time (default now). */
  now?: Date;
  /** Rows listed per rule, URLs per reason, changed articles (default 100, 20, 200). */
  maxRows?: number;
  maxUrls?: number;
  maxChanged?: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A link to an article's record, its headline as the text. */
function recordLink(article: ArchivedArticle, o: RenderOptions): string {
  const text = article.record.headline || article.entry.url;
  return `<a class="record" href="${e(o.href(article.file))}">${e(text)}</a>`;
}

function urlText(url: string): string {
  const safe = safeHttpUrl(url);
  return safe ? `<a class="url" href="${e(safe)}" rel="noreferrer noopener">${e(url)}</a>` : `<code>${e(url)}</code>`;
}

function cards(d: ReportData): string {
  const findings = d.rules.reduce((n, r) => n + r.rows.length, 0);
  const sites = new Set([...d.months.values()].flatMap((m) => [...m.keys()])).size;
  const items: [string, number, string][] = [
    ['articles', d.articles.length, ''],
    ['sites', sites, ''],
    ['findings', findings, findings ? 'warn' : ''],
    ['changed', d.changed.length, d.changed.length ? 'note' : ''],
    ['failed', d.failed.reduce((n, g) => n + g.entries.length, 0), d.failed.length ? 'bad' : ''],
    ['skipped', d.skipped.reduce((n, g) => n + g.entries.length, 0), ''],
  ];
  return `<ul class="cards">${items.map(([label, n, cls]) => `<li class="${cls}" data-card="${label}"><b>${n}</b> ${label}</li>`).join('')}</ul>`;
}

function ruleAnchor(rule: string): string {
  return `rule-${rule.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function findingsSummary(rules: RuleFindings[]): string {
  if (rules.length === 0) return '<section id="findings"><h2>Findings by rule</h2><p class="empty">No findings.</p></section>';
  const rows = rules.map((r) => {
    const articles = new Set(r.rows.map((row) => row.article.file)).size;
    return `<tr><td><a href="#${ruleAnchor(r.rule)}"><code>${e(r.rule)}</code></a></td><td><span class="sev ${e(r.severity)}">${e(r.severity)}</span></td><td class="n">${r.rows.length}</td><td class="n">${articles}</td></tr>`;
  });
  return `<section id="findings"><h2>Findings by rule</h2>
<table class="rules"><thead><tr><th>rule</th><th>severity</th><th class="n">findings</th><th class="n">articles</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>
<p class="meta">Each rule's findings, with links to the article records, are <a href="#findings-by-article">below</a>.</p></section>`;
}

function findingsDetails(rules: RuleFindings[], o: RenderOptions): string {
  if (rules.length === 0) return '';
  const max = o.maxRows ?? 100;
  const details = rules.map((r) => {
    const rows = r.rows
      .slice(0, max)
      .map((row) => `<tr><td>${recordLink(row.article, o)}</td><td><code>${e(row.where)}</code></td><td>${e(row.message)}</td></tr>`);
    const more = r.rows.length > max ? `<p class="more">… and ${r.rows.length - max} more.</p>` : '';
    return `<h3 id="${ruleAnchor(r.rule)}"><code>${e(r.rule)}</code> <span class="sev ${e(r.severity)}">${e(r.severity)}</span> <small>${plural(r.rows.length, 'finding')}</small></h3>
<table class="findings" data-rule="${e(r.rule)}"><thead><tr><th>article</th><th>where</th><th>message</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>${more}`;
  });
  return `<section id="findings-by-article"><h2>Findings, rule by rule</h2>${details.join('\n')}</section>`;
}

function words(parts: WordPart[]): string {
  return parts.map((p) => (p.op === 'same' ? e(p.text) : p.op === 'added' ? `<ins>${e(p.text)}</ins>` : `<del>${e(p.text)}</del>`)).join('');
}

/** The differences of a changed article: text blocks word by word, stamps old → new, the other fields named. */
function diffParts(c: ChangedArticle): string[] {
  if (!c.diff) return [];
  const parts = blocks(c.diff).map((b) => {
    const cls = b.what === 'headline' ? 'headline' : `${b.what} ${b.change.kind}`;
    return `<p class="diff ${cls}"><span class="what">${e(b.name)}</span> ${words(b.change.words)}</p>`;
  });
  for (const s of stamps(c.diff)) {
    const value = (v: string | null) => (v === null ? '<i>none</i>' : e(v));
    parts.push(
      `<p class="diff stamp" data-field="${e(s.name)}"><span class="what">${e(s.name)}</span> <del>${value(s.change.old)}</del> → <ins>${value(s.change.new)}</ins></p>`,
    );
  }
  if (c.otherFields.length) parts.push(`<p class="meta">also changed: ${c.otherFields.map((f) => `<code>${e(f)}</code>`).join(', ')}</p>`);
  return parts;
}

function changeBlock(c: ChangedArticle, o: RenderOptions): string {
  const versions = c.versions.map((v, i) => `<a href="${e(o.href(v.file))}" title="fetched ${e(v.fetchedAt ?? '?')}">v${i + 1}</a>`).join(' ');
  const head = `<h3>${recordLink(c.article, o)}</h3><p class="meta">${plural(c.versions.length, 'earlier version')}${versions ? `: ${versions}` : ''}${c.reason ? ` · ${e(c.reason)}` : ''}</p>`;
  if (c.unreadable !== null)
    return `<article class="change">${head}<p class="empty">The latest earlier version could not be read: ${e(c.unreadable)}</p></article>`;
  if (!c.diff) return `<article class="change">${head}<p class="empty">The earlier versions are not kept in the archive.</p></article>`;
  const parts = diffParts(c);
  if (parts.length === 0) parts.push('<p class="empty">No difference in the text.</p>');
  return `<article class="change">${head}${parts.join('\n')}</article>`;
}

function changedSection(changed: ChangedArticle[], o: RenderOptions): string {
  const max = o.maxChanged ?? 200;
  const body = changed.length
    ? changed
        .slice(0, max)
        .map((c) => changeBlock(c, o))
        .join('\n')
    : '<p class="empty">No article changed between crawls.</p>';
  const more = changed.length > max ? `<p class="more">… and ${changed.length - max} more.</p>` : '';
  return `<section id="changed"><h2>Changed articles</h2>${body}${more}</section>`;
}

function statusLine(statuses: Map<string, number>): string {
  const parts = [...statuses].sort((a, b) => b[1] - a[1]).map(([status, n]) => `${e(status)} ${n}`);
  return parts.length ? ` · URLs by status: ${parts.join(', ')}` : '';
}

function reasonsSection(id: string, title: string, groups: ReasonGroup[], o: RenderOptions): string {
  if (groups.length === 0) return `<section id="${id}"><h2>${title}</h2><p class="empty">None.</p></section>`;
  const max = o.maxUrls ?? 20;
  const rows = groups.map((g) => {
    const urls = g.entries.slice(0, max).map((entry) => `<li>${urlText(entry.url)}</li>`);
    if (g.entries.length > max) urls.push(`<li class="more">… and ${g.entries.length - max} more</li>`);
    return `<tr><td>${e(g.reason)}</td><td class="n">${g.entries.length}</td><td><ul class="urls">${urls.join('')}</ul></td></tr>`;
  });
  return `<section id="${id}"><h2>${title}</h2><table class="reasons"><thead><tr><th>reason</th><th class="n">URLs</th><th>which</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

/** The whole page. */
export function renderReport(d: ReportData, o: RenderOptions): string {
  const name = d.root.split('/').filter(Boolean).pop() ?? d.root;
  const when = (o.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const problems = d.problems.length ? `<section id="problems"><h2>Not read</h2><ul>${d.problems.map((p) => `<li>${e(p)}</li>`).join('')}</ul></section>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>kliping report: ${e(name)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>Archive <span class="name">${e(name)}</span></h1><p class="meta">kliping ${e(VERSION)} · report made ${e(when)}${statusLine(d.statuses)}</p>
${cards(d)}
<nav><a href="#months">per month</a> <a href="#findings">findings</a> <a href="#changed">changed</a> <a href="#failed">failed</a> <a href="#skipped">skipped</a></nav></header>
<main>
<section id="months"><h2>Articles per month, by site</h2>${monthChart(fillMonths(d.months))}</section>
${findingsSummary(d.rules)}
${changedSection(d.changed, o)}
${reasonsSection('failed', 'Failed URLs by reason', d.failed, o)}
${reasonsSection('skipped', 'Skipped URLs by reason', d.skipped, o)}
${findingsDetails(d.rules, o)}
${problems}
</main>
</body>
</html>
`;
}
