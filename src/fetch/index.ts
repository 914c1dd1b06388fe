export { FetchError, isFetchError, type FetchErrorCode, type FetchErrorInit } from './errors.js';
export {
  fetchUrl,
  closeDefaultAgents,
  sniffHtml,
  parseRetryAfter,
  DEFAULT_USER_AGENT,
  FETCH_DEFAULTS,
  type FetchOptions,
  type FetchedResponse,
  type FetchExchange,
} from './client.js';
export { decodeHtml, detectEncoding, type DecodedHtml } from './charset.js';
export { parseContentType, type ParsedContentType } from './content-type.js';
export { VERSION } from './version.js';
