/**
 * A diff as one self-contained HTML page (no script, no fetch: its style is inline): removed
 * words as <del>, added as <ins>. Every piece of page text is escaped; nothing from the page
 * becomes markup or an address.
 */
import { blocks, describeChanges, stamps } from './compare.js';
import type { ChangedEntry, DiffReport } from './render.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1rem;color:#555;margin-top:1.5rem}
del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}
.meta{color:#666}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}`;

function page(title: string, body: string[]): string {
  return [
    '<!doctype html>',
    '<html lang="id">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function toHtml(r: DiffReport): string {
  const body = [
    '<h1>Changes</h1>',
    `<p class="meta">old: ${escapeHtml(r.old)}<br>new: ${escapeHtml(r.new)}<br>${escapeHtml(describeChanges(r.diff.summary))}</p>`,
  ];
  for (const b of blocks(r.diff)) {
    const words = b.change.words.map((w) =>
      w.op === 'same' ? escapeHtml(w.text) : w.op === 'added' ? `<ins>${escapeHtml(w.text)}</ins>` : `<del>${escapeHtml(w.text)}</del>`,
    );
    body.push(`<h2>${escapeHtml(b.name)}</h2>`, `<p>${words.join('')}</p>`);
  }
  for (const s of stamps(r.diff)) {
    body.push(`<h2>${escapeHtml(s.name)}</h2>`, `<p><del>${escapeHtml(s.change.old ?? 'none')}</del> → <ins>${escapeHtml(s.change.new ?? 'none')}</ins></p>`);
  }
  return page(`Changes: ${r.new}`, body);
}

export function listHtml(entries: ChangedEntry[], title: string): string {
  const rows = entries.map(
    (e) =>
      `<tr><td>${escapeHtml(e.fetchedAt ?? '')}</td><td>${escapeHtml(e.url)}</td><td>${escapeHtml(e.changes ? describeChanges(e.changes) : 'changed')}</td></tr>`,
  );
  return page(title, [
    `<h1>${escapeHtml(title)}</h1>`,
    '<table>',
    '<thead><tr><th>fetched</th><th>article</th><th>what changed</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ]);
}
