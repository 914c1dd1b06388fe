/**
 * Web archives written by hand for tests: a WARC file of HTTP responses, and a WACZ (a ZIP,
 * entries stored uncompressed as the WACZ spec recommends) holding WARC files in archive/.
 */
import { crc32 } from 'node:zlib';

export interface ArchivedPage {
  url: string;
  html: string | Buffer;
  status?: number;
  contentType?: string;
}

/** A WARC 1.1 file with one response record per page. */
export function warcOf(pages: ArchivedPage[]): Buffer {
  const records = pages.map((p) => {
    const body = Buffer.isBuffer(p.html) ? p.html : Buffer.from(p.html, 'utf8');
    const http = Buffer.concat([
      Buffer.from(
        `HTTP/1.1 ${p.status ?? 200} OK\r\nContent-Type: ${p.contentType ?? 'text/html; charset=UTF-8'}\r\nContent-Length: ${body.length}\r\n\r\n`,
        'latin1',
      ),
      body,
    ]);
    const head = [
      'WARC/1.1',
      'WARC-Type: response',
      `WARC-Target-URI: ${p.url}`,
      'WARC-Date: 2024-10-23T01:02:03Z',
      'WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000000>',
      'Content-Type: application/http;msgtype=response',
      `Content-Length: ${http.length}`,
    ].join('\r\n');
    return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), http, Buffer.from('\r\n\r\n', 'latin1')]);
  });
  return Buffer.concat(records);
}

/** A ZIP of stored (uncompressed) entries. */
export function zipOf(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(e.data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A WACZ: datapackage.json, and the WARC files in archive/. */
export function waczOf(warcs: { name: string; data: Buffer }[]): Buffer {
  const datapackage = Buffer.from(
    JSON.stringify({ profile: 'data-package', wacz_version: '1.1.1', resources: warcs.map((w) => ({ name: w.name, path: `archive/${w.name}` })) }),
  );
  return zipOf([{ name: 'datapackage.json', data: datapackage }, ...warcs.map((w) => ({ name: `archive/${w.name}`, data: w.data }))]);
}
