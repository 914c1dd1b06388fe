/**
 * HTML sniffing for a response whose content-type says nothing (missing, malformed,
 * application/octet-stream): WHATWG MIME sniffing's "HTML" patterns, plus a few common tags.
 */

const HTML_OPENINGS = [
  '<!doctype html',
  '<html',
  '<head',
  '<script',
  '<iframe',
  '<h1',
  '<div',
  '<font',
  '<table',
  '<a',
  '<style',
  '<title',
  '<b',
  '<body',
  '<br',
  '<p',
  '<!--',
  '<meta',
  '<link',
  '<section',
  '<article',
  '<header',
  '<main',
  '<nav',
  '<span',
  '<img',
  '<ul',
  '<form',
];

/** Does the body start like an HTML page (BOM and whitespace skipped)? */
export function sniffHtml(body: Buffer): boolean {
  let i = 0;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) i = 3;
  while (i < body.length && (body[i] === 0x20 || body[i] === 0x09 || body[i] === 0x0a || body[i] === 0x0c || body[i] === 0x0d)) i++;
  const head = body
    .subarray(i, i + 512)
    .toString('latin1')
    .toLowerCase();
  if (head.startsWith('<?xml')) return /<html[\s>]/.test(head) || /<!doctype html/.test(head);
  return HTML_OPENINGS.some((open) => {
    if (!head.startsWith(open)) return false;
    if (open === '<!--') return true;
    const next = head.charCodeAt(open.length);
    return next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === 0x0d || next === 0x0c || next === 0x2f;
  });
}
