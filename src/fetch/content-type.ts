export interface ParsedContentType {
  /** `type/subtype`, lower-cased, or null when the header is not a valid MIME type. */
  essence: string | null;
  /** The `charset` parameter as written (trimmed, unquoted), or null. */
  charset: string | null;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

/** Parse a Content-Type header value leniently. Returns null for a missing/empty header. */
export function parseContentType(value: string | null | undefined): ParsedContentType | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parts = trimmed.split(';');
  const type = (parts[0] ?? '').trim().toLowerCase();
  const slash = type.indexOf('/');
  const essence = slash > 0 && TOKEN.test(type.slice(0, slash)) && TOKEN.test(type.slice(slash + 1)) ? type : null;
  let charset: string | null = null;
  for (const param of parts.slice(1)) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    if (param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    let v = param.slice(eq + 1).trim();
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) v = v.slice(1, -1);
    v = v.trim();
    if (v !== '') {
      charset = v;
      break;
    }
  }
  return { essence, charset };
}
