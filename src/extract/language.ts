/** The article's language: declared first, else guessed from function words. */
import { metaValue, type PageMetadata } from './metadata.js';

const ID_WORDS = new Set([
  'yang',
  'dan',
  'di',
  'ini',
  'itu',
  'dengan',
  'untuk',
  'dari',
  'tidak',
  'akan',
  'pada',
  'juga',
  'dalam',
  'ke',
  'adalah',
  'kami',
  'mereka',
  'sudah',
  'bahwa',
  'oleh',
]);
const EN_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'is',
  'in',
  'that',
  'for',
  'with',
  'was',
  'on',
  'are',
  'it',
  'as',
  'by',
  'be',
  'this',
  'have',
  'from',
  'at',
]);

export function readLanguage(metadata: PageMetadata, text: string): string | null {
  const declared = metadata.htmlLang ?? metaValue(metadata, 'og:locale', 'content-language', 'language', 'dc.language');
  const code = declared?.trim().toLowerCase().split(/[-_]/)[0];
  if (code && /^[a-z]{2,3}$/.test(code)) return code === 'in' ? 'id' : code;
  return guessLanguage(text);
}

export function guessLanguage(text: string): string | null {
  let id = 0;
  let en = 0;
  const words = text.toLowerCase().match(/[a-z]+/g);
  if (!words) return null;
  for (let i = 0; i < words.length && i < 2000; i++) {
    if (ID_WORDS.has(words[i])) id++;
    else if (EN_WORDS.has(words[i])) en++;
  }
  if (id + en < 3) return null;
  return id >= en ? 'id' : 'en';
}
