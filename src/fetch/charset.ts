import { isUtf8 } from 'node:buffer';
import { decodeBuffer } from 'encoding-sniffer';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { parseContentType } from './content-type.js';

/** Bytes scanned by the standard WHATWG prescan. */
const PRESCAN_BYTES = 1024;
/** Bytes scanned for a late `<meta charset>` when the standard prescan found nothing. */
const EXTENDED_PRESCAN_BYTES = 64 * 1024;

export interface DecodedHtml {
  html: string;
  /** WHATWG encoding name, lower-cased: `utf-8`, `windows-1252`, `utf-16le`, … */
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'header' | 'meta' | 'utf8-valid' | 'default';
}

function sniff(buf: Buffer, maxBytes: number, transport?: string): Sniffer {
  const sniffer = new Sniffer({ maxBytes, transportLayerEncodingLabel: transport });
  sniffer.write(buf.subarray(0, maxBytes));
  return sniffer;
}

/**
 * Choose the character encoding of an HTML document, in the WHATWG order:
 * byte-order mark, then the Content-Type charset, then a `<meta charset>` /
 * `<meta http-equiv=Content-Type>` prescan. Where the standard would then fall
 * back to windows-1252, we first look further for a late `<meta>` (up to 64 KiB),
 * then use UTF-8 if the bytes are valid UTF-8, and only then windows-1252.
 */
export function detectEncoding(body: Buffer | Uint8Array, contentType?: string | null): { encoding: string; source: DecodedHtml['source'] } {
  // Encoding names are WHATWG names, lower-cased: utf-8, windows-1252, utf-16le, shift_jis…
  const buf = toBuffer(body);
  const transport = parseContentType(contentType)?.charset ?? undefined;
  const first = sniff(buf, PRESCAN_BYTES, transport);
  switch (first.resultType) {
    case ResultType.BOM:
      return { encoding: first.encoding.toLowerCase(), source: 'bom' };
    case ResultType.PASSED:
      return { encoding: first.encoding.toLowerCase(), source: 'header' };
    case ResultType.DEFAULT:
      break;
    default:
      // META_TAG, XML_PREFIX, XML_ENCODING
      return { encoding: first.encoding.toLowerCase(), source: 'meta' };
  }
  // The extended prescan runs the sniffer over 64 KiB: only worth it when "charset" is there at all.
  const lateCharset = buf.length > PRESCAN_BYTES ? buf.indexOf('charset', PRESCAN_BYTES - 16, 'latin1') : -1;
  if (lateCharset !== -1 && lateCharset < EXTENDED_PRESCAN_BYTES) {
    const extended = sniff(buf, EXTENDED_PRESCAN_BYTES);
    if (extended.resultType !== ResultType.DEFAULT) return { encoding: extended.encoding.toLowerCase(), source: 'meta' };
  }
  if (isUtf8(buf) || mostlyUtf8(buf)) return { encoding: 'utf-8', source: 'utf8-valid' };
  return { encoding: 'windows-1252', source: 'default' };
}

/**
 * Decode the bytes of an HTML page to text. See {@link detectEncoding} for how
 * the encoding is chosen. A leading byte-order mark is removed from the text.
 */
export function decodeHtml(body: Buffer | Uint8Array, contentType?: string | null): DecodedHtml {
  const buf = toBuffer(body);
  const { encoding, source } = detectEncoding(buf, contentType);
  let html = decodeWith(buf, encoding);
  if (html.charCodeAt(0) === 0xfeff) html = html.slice(1);
  return { html, encoding, source };
}

function decodeWith(buf: Buffer, encoding: string): string {
  // The common case, natively: iconv-lite's UTF-8 path is several times slower.
  if (encoding === 'utf-8') return buf.toString('utf8');
  try {
    // iconv-lite (through encoding-sniffer); `userEncoding` makes it skip its own sniffing,
    // except that a BOM still wins, which is what we decided above as well.
    return decodeBuffer(buf, { userEncoding: encoding });
  } catch {
    // iconv-lite lacks a few WHATWG encodings (ISO-2022-JP, replacement, …): try ICU.
  }
  try {
    return new TextDecoder(encoding).decode(buf);
  } catch {
    return new TextDecoder('utf-8').decode(buf);
  }
}

/**
 * Pages pasted together from several sources carry a few stray windows-1252 bytes in an
 * otherwise UTF-8 page: decoding it all as windows-1252 would garble every other non-ASCII
 * letter. When most multi-byte sequences are valid UTF-8, it is UTF-8 (strays become U+FFFD).
 */
function mostlyUtf8(buf: Buffer): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < buf.length;) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b <= 0xdf ? 1 : -1;
    let ok = need > 0 && i + need < buf.length;
    for (let k = 1; ok && k <= need; k++) ok = (buf[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return valid >= 4 * invalid && valid > 0;
}

function toBuffer(body: Buffer | Uint8Array): Buffer {
  return Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}
