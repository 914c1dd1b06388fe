/** Every rule speaks through meta.messages (ESLint's way): ids, templates, and the rule documentation lists them. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules/index.js';
import { root } from './helpers.js';

describe('messages by id', () => {
  it('every rule has messages, camelCase ids, and docs/rules.md lists each id with its template', () => {
    const docs = readFileSync(new URL('docs/rules.md', root), 'utf8');
    for (const { meta } of RULES) {
      const messages = Object.entries(meta.messages ?? {});
      expect(messages.length, meta.id).toBeGreaterThan(0);
      for (const [id, template] of messages) {
        expect(id).toMatch(/^[a-z][a-zA-Z]*$/);
        expect(template.length).toBeGreaterThan(5);
        expect(docs, `${meta.id}: ${id}`).toContain(`- \`${id}\`: ${template}\n`);
      }
    }
  });

  it('no rule builds its message sentence inline', () => {
    const dir = new URL('src/lint/rules/', root);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      expect(source, file).not.toMatch(/^\s*message:/m);
    }
  });
});
