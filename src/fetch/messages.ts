/**
 * The one-line reasons of the fetch layer: durations and sizes as people read them, HTTP
 * status lines, and what an undici or Node network error means ("connection refused (host:443)",
 * "TLS certificate problem: …").
 */
import { STATUS_CODES } from 'node:http';
import { errorMessage } from '../util/text.js';
import type { FetchErrorCode } from './errors.js';
import type { Resolved } from './options.js';
import { formatMs } from '../util/units.js';

export { formatBytes, formatMs } from '../util/units.js';

export function statusLine(status: number): string {
  const text = STATUS_CODES[status];
  return text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
}

function hostPort(url: URL): string {
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}

const CERT_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
]);

function errorCodes(err: unknown, depth = 0): string[] {
  if (err === null || typeof err !== 'object' || depth > 4) return [];
  const codes: string[] = [];
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string') codes.push(e.code);
  if (Array.isArray(e.errors)) for (const inner of e.errors) codes.push(...errorCodes(inner, depth + 1));
  if (e.cause !== undefined) codes.push(...errorCodes(e.cause, depth + 1));
  return codes;
}

/** Errors raised by node:zlib decoders (zlib: Z_DATA_ERROR, Z_BUF_ERROR…; brotli: ERR__ERROR_…). */
export function isZlibError(err: unknown): boolean {
  if (err === null || typeof err !== 'object') return false;
  const { code, errno } = err as { code?: unknown; errno?: unknown };
  return typeof errno === 'number' && typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR__'));
}

export function mapNetworkError(err: unknown, url: URL, o: Resolved): { code: FetchErrorCode; message: string; retry: boolean } {
  const codes = errorCodes(err);
  const has = (c: string) => codes.includes(c);
  const host = url.hostname;
  if (has('UND_ERR_HEADERS_TIMEOUT')) {
    return { code: 'timeout', message: `no response headers within ${formatMs(o.headersTimeoutMs)}`, retry: true };
  }
  if (has('UND_ERR_BODY_TIMEOUT')) {
    return { code: 'timeout', message: `body stalled for more than ${formatMs(o.bodyTimeoutMs)}`, retry: true };
  }
  if (has('UND_ERR_CONNECT_TIMEOUT')) {
    return { code: 'timeout', message: `could not connect within ${formatMs(o.connectTimeoutMs)} (${hostPort(url)})`, retry: true };
  }
  if (has('ETIMEDOUT')) return { code: 'timeout', message: `connection timed out (${hostPort(url)})`, retry: true };
  if (has('ECONNREFUSED')) return { code: 'network', message: `connection refused (${hostPort(url)})`, retry: true };
  if (has('ENOTFOUND')) return { code: 'network', message: `host not found (${host})`, retry: false };
  if (has('EAI_AGAIN')) return { code: 'network', message: `host not found (${host}; temporary DNS failure)`, retry: true };
  if (has('EHOSTUNREACH') || has('ENETUNREACH') || has('EHOSTDOWN') || has('ENETDOWN')) {
    return { code: 'network', message: `host unreachable (${host})`, retry: true };
  }
  if (has('ECONNRESET') || has('EPIPE')) return { code: 'network', message: 'connection reset', retry: true };
  const cert = codes.find((c) => CERT_CODES.has(c));
  if (cert) {
    return { code: 'network', message: `TLS certificate problem: ${describeCause(err, cert)} (${cert})`, retry: false };
  }
  const tls = codes.find((c) => c.startsWith('ERR_SSL') || c.startsWith('ERR_TLS') || c === 'EPROTO');
  if (tls) return { code: 'network', message: `TLS handshake failed (${tls})`, retry: false };
  if (has('UND_ERR_SOCKET')) return { code: 'network', message: 'connection closed by the server', retry: true };
  if (has('UND_ERR_RES_CONTENT_LENGTH_MISMATCH')) {
    return { code: 'network', message: 'response body shorter than its Content-Length', retry: true };
  }
  if (has('UND_ERR_HEADERS_OVERFLOW')) return { code: 'network', message: 'response headers too large', retry: false };
  const parser = codes.find((c) => c.startsWith('HPE_'));
  if (parser) return { code: 'network', message: `malformed HTTP response (${parser})`, retry: false };
  if (has('UND_ERR_INVALID_ARG')) return { code: 'bad-url', message: `invalid request (${errorMessage(err)})`, retry: false };
  return { code: 'network', message: errorMessage(err), retry: true };
}

function describeCause(err: unknown, code: string): string {
  let e: unknown = err;
  for (let i = 0; i < 5 && e && typeof e === 'object'; i++) {
    const x = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (x.code === code && typeof x.message === 'string') return x.message.split('\n')[0] ?? code;
    e = x.cause;
  }
  return 'invalid certificate';
}
