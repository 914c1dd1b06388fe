/**
 * A rule's docs end with its message ids and their templates, so that docs/rules.md (generated
 * from the meta) lists what tools match: `messageId`, with `{{name}}` filled from the hit's data.
 */
export function withMessages(docs: string, messages: Record<string, string>): string {
  const list = Object.entries(messages).map(([id, template]) => `\`${id}\` ("${template}")`);
  return `${docs} Message ids: ${list.join('; ')}.`;
}
