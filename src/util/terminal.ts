/**
 * Page text is untrusted: before it reaches a terminal, remove escape sequences
 * (CSI "ESC [", OSC hyperlinks and clipboard writes "ESC ]", DCS/PM/APC strings),
 * bare ESC, BEL and other C0/C1 controls except tab and newline.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001B(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|[PX^_][^\u001B\u009C]*(?:\u001B\\|\u009C)?|[@-Z\\-_])|\u009B[0-?]*[ -/]*[@-~]?|[\u0090\u0098\u009D\u009E\u009F][^\u001B\u009C\u0007]*(?:\u0007|\u001B\\|\u009C)?/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function sanitizeForTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}
