/** Text from pages (and from the archive's files) is untrusted: escaped for HTML text and attribute values, always. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Control characters (but tab and line breaks) have no place in a report, and HTML forbids some. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(CONTROL, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** An http(s) URL fit for an href, or null (javascript:, data: and the rest are never links). */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
