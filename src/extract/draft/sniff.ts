/**
 * Page or draft? Told by how the text begins. Kept apart from the draft reader so that callers
 * that only sort inputs do not load the Markdown parser.
 */
const HTML_START =
  /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|article|main|section|div|p|figure|h[1-6]|table|span|a|img|header|nav|amp-|\?xml)/i;

/** Does the text read as an HTML page (rather than a Markdown or plain-text draft)? */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 2048).replace(/^\uFEFF/, ''));
}
