import { describe, expect, it } from 'vitest';
import { decodeHtml, detectEncoding } from '../src/fetch/index.js';

/** Build bytes from text where \xNN escapes stand for single bytes (latin1). */
const bytes = (latin1: string) => Buffer.from(latin1, 'latin1');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

const TEXT = 'Kepala DKISP “Anjangsana” ke Surakarta — café, Selasa (22/10/2024)';
/** The same text in windows-1252: “ = 0x93, ” = 0x94, — = 0x97, é = 0xE9. */
const TEXT_1252 = 'Kepala DKISP \x93Anjangsana\x94 ke Surakarta \x97 caf\xe9, Selasa (22/10/2024)';

describe('decodeHtml', () => {
  it('decodes undeclared UTF-8 as UTF-8 (not the windows-1252 default)', () => {
    const r = decodeHtml(utf8(`<html><body><p>${TEXT}</p></body></html>`));
    expect(r.encoding).toBe('utf-8');
    expect(r.source).toBe('utf8-valid');
    expect(r.html).toBe(`<html><body><p>${TEXT}</p></body></html>`);
  });

  it('decodes UTF-8 with a BOM and strips the BOM, even against a wrong header charset', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(`<p>${TEXT}</p>`)]);
    const r = decodeHtml(body, 'text/html; charset=windows-1252');
    expect(r.encoding).toBe('utf-8');
    expect(r.source).toBe('bom');
    expect(r.html).toBe(`<p>${TEXT}</p>`);
    expect(r.html.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('decodes UTF-16LE with a BOM', () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<p>${TEXT}</p>`, 'utf16le')]);
    const r = decodeHtml(body);
    expect(r.encoding).toBe('utf-16le');
    expect(r.html).toBe(`<p>${TEXT}</p>`);
  });

  it('decodes windows-1252 named by the Content-Type header', () => {
    const r = decodeHtml(bytes(`<p>${TEXT_1252}</p>`), 'text/html; charset=windows-1252');
    expect(r.encoding).toBe('windows-1252');
    expect(r.source).toBe('header');
    expect(r.html).toBe(`<p>${TEXT}</p>`);
  });

  it('treats an ISO-8859-1 header as windows-1252 (as browsers do), quoted or not', () => {
    for (const ct of ['text/html; charset=ISO-8859-1', 'text/html;charset="iso-8859-1"', "text/html; Charset='latin1'"]) {
      const r = decodeHtml(bytes(`<p>${TEXT_1252}</p>`), ct);
      expect(r.encoding, ct).toBe('windows-1252');
      expect(r.html, ct).toBe(`<p>${TEXT}</p>`);
    }
  });

  it('decodes windows-1252 named by <meta charset>', () => {
    const page = `<!doctype html><html><head><meta charset="windows-1252"><title>x</title></head><body><p>${TEXT_1252}</p></body></html>`;
    const r = decodeHtml(bytes(page), 'text/html');
    expect(r.encoding).toBe('windows-1252');
    expect(r.source).toBe('meta');
    expect(r.html).toContain(`<p>${TEXT}</p>`);
  });

  it('decodes windows-1252 named by <meta http-equiv=Content-Type>', () => {
    const page = `<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252"></head><body><p>${TEXT_1252}</p></body></html>`;
    const r = decodeHtml(bytes(page));
    expect(r.encoding).toBe('windows-1252');
    expect(r.source).toBe('meta');
    expect(r.html).toContain(`<p>${TEXT}</p>`);
  });

  it('decodes undeclared bytes that are not valid UTF-8 as windows-1252', () => {
    const r = decodeHtml(bytes(`<html><body><p>${TEXT_1252}</p></body></html>`));
    expect(r.encoding).toBe('windows-1252');
    expect(r.source).toBe('default');
    expect(r.html).toBe(`<html><body><p>${TEXT}</p></body></html>`);
    expect(r.html).not.toContain('\ufffd');
  });

  it('lets the header charset override a wrong <meta>', () => {
    const page = `<html><head><meta charset="windows-1252"></head><body><p>${TEXT}</p></body></html>`;
    const r = decodeHtml(utf8(page), 'text/html; charset=UTF-8');
    expect(r.encoding).toBe('utf-8');
    expect(r.source).toBe('header');
    expect(r.html).toContain(`<p>${TEXT}</p>`);
  });

  it('ignores an unknown header charset and falls back to the <meta>', () => {
    const page = `<html><head><meta charset="windows-1252"></head><body><p>${TEXT_1252}</p></body></html>`;
    const r = decodeHtml(bytes(page), 'text/html; charset=no-such-charset');
    expect(r.encoding).toBe('windows-1252');
    expect(r.html).toContain(`<p>${TEXT}</p>`);
  });

  it('finds a <meta charset> after the first 1024 bytes when nothing else decides', () => {
    // Mostly UTF-8 with one stray windows-1252 byte: without the late <meta> it would all turn windows-1252.
    const head = `<html><head><!-- ${'x'.repeat(2000)} --><meta charset="utf-8"></head>`;
    const body = Buffer.concat([utf8(`${head}<body><p>${TEXT}</p><p>`), Buffer.from([0x96]), utf8('</p></body></html>')]);
    const r = decodeHtml(body);
    expect(r.encoding).toBe('utf-8');
    expect(r.source).toBe('meta');
    expect(r.html).toContain(`<p>${TEXT}</p><p>\ufffd</p>`);
  });

  it('accepts a plain Uint8Array', () => {
    const u8 = new Uint8Array(utf8(`<p>${TEXT}</p>`));
    expect(decodeHtml(u8).html).toBe(`<p>${TEXT}</p>`);
  });

  it('accepts a Uint8Array view into a larger buffer', () => {
    const whole = bytes(`JUNK<p>${TEXT_1252}</p>JUNK`);
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 4, whole.length - 8);
    const r = decodeHtml(view, 'text/html; charset=windows-1252');
    expect(r.html).toBe(`<p>${TEXT}</p>`);
  });

  it('decodes an empty body', () => {
    expect(decodeHtml(Buffer.alloc(0))).toMatchObject({ html: '', encoding: 'utf-8' });
  });
});

describe('detectEncoding', () => {
  it('reports ASCII-only pages as UTF-8', () => {
    expect(detectEncoding(utf8('<p>Halo</p>'))).toEqual({ encoding: 'utf-8', source: 'utf8-valid' });
  });
});

describe('mixed encodings', () => {
  it('a UTF-8 page with one stray windows-1252 byte stays UTF-8; only the stray is replaced', () => {
    const page = Buffer.concat([
      Buffer.from('<p>Kepala Dinas “Café” Ermawati — Selasa, 22 Oktober 2024 ', 'utf8'),
      Buffer.from([0xe9]),
      Buffer.from(' selesai: “Kami siap” – ujarnya.</p>', 'utf8'),
    ]);
    const r = decodeHtml(page);
    expect(r.encoding).toBe('utf-8');
    expect(r.html).toContain('“Café”');
    expect(r.html).toContain('—');
    expect(r.html).toContain('\uFFFD');
  });

  it('a page of windows-1252 bytes (no valid UTF-8 sequences) is windows-1252', () => {
    const page = Buffer.from([...Buffer.from('<p>Caf'), 0xe9, ...Buffer.from(' '), 0x93, ...Buffer.from('ok'), 0x94, ...Buffer.from('</p>')]);
    const r = decodeHtml(page);
    expect(r.encoding).toBe('windows-1252');
    expect(r.html).toBe('<p>Café “ok”</p>');
  });
});
