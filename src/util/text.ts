/** Text normalisation shared by every stage: what "clean text" means in the record. */
import { stripEscapeSequences } from './terminal.js';

// Zero-width and bidi controls, soft hyphen, BOM: invisible, never meaningful in article text.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
// C0/C1 control characters other than whitespace.
// eslint-disable-next-line no-control-regex -- matching them is what it is for
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
const SPACE_RUN = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Collapse whitespace runs to one space, drop invisible/control characters, trim. */
export function normalizeText(value: string): string {
  return stripEscapeSequences(value).replace(INVISIBLE, '').replace(CONTROL, '').replace(SPACE_RUN, ' ').trim();
}

/** True for characters that collapse into a single space. */
export function isSpaceChar(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x1680 ||
    code === 0x2028 ||
    code === 0x2029
  );
}

/** The first line of an error's message (or of what was thrown), for a one-line reason. */
export function errorMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split('\n')[0] ?? '').trim() || 'unknown error';
}

/** Count of word tokens (letters/digits runs). */
export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

/** A string usable as a short, stable key for comparing texts loosely. */
export function looseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  sbquo: '‚',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
};

/**
 * Decode the entity references left in a text that was escaped twice (a CMS writing
 * "&amp;#8211;" into og:title): numeric references and the common named ones.
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (whole, dec: string, hex: string, name: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
