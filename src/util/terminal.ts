/**
 * Page text is untrusted: before it reaches a terminal, remove escape sequences
 * (CSI "ESC [", OSC hyperlinks and clipboard writes "ESC ]", DCS/PM/APC strings, and
 * their one-character C1 forms such as U+009B), bare ESC, BEL and other C0/C1 controls
 * except tab and newline, and the bidirectional embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069) that make text display in an order other than it is
 * stored ("Trojan Source").
 */
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex -- matching escape sequences and controls is what it is for
  /\u001B(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|[PX^_][^\u001B\u009C]*(?:\u001B\\|\u009C)?|[@-Z\\-_])|\u009B[0-?]*[ -/]*[@-~]?|[\u0090\u0098\u009D\u009E\u009F][^\u001B\u009C\u0007]*(?:\u0007|\u001B\\|\u009C)?/g;
// eslint-disable-next-line no-control-regex -- matching escape sequences and controls is what it is for
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

// eslint-disable-next-line no-control-regex -- as above
const HAS_ESCAPE = /[\u001B\u0090\u0098\u009B-\u009F]/;

/** Remove whole escape sequences (not only their ESC), so no "[31m" is left behind. */
export function stripEscapeSequences(text: string): string {
  return HAS_ESCAPE.test(text) ? text.replace(ESCAPE_SEQUENCE, '') : text;
}

export function sanitizeForTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** Untrusted text as one line of a terminal message: sanitised, line breaks and tabs made spaces, trimmed. */
export function terminalLine(text: string): string {
  return sanitizeForTerminal(text.replace(/[\t\r\n\u2028\u2029]+/g, ' ')).trim();
}
