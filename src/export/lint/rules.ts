/** `kliping rules`: every rule with its id, default severity and description (text, JSON, Markdown). */
import type { RuleMeta } from '../../lint/types.js';

export function rulesText(rules: readonly RuleMeta[]): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const lines: string[] = [];
  for (const r of rules) {
    lines.push(`${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(7)}  ${r.description}`);
    for (const [name, spec] of Object.entries(r.options)) {
      lines.push(`${''.padEnd(idWidth)}  ${''.padEnd(7)}  option ${name} (${spec.type}, default ${JSON.stringify(spec.default)}): ${spec.description}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function rulesJson(rules: readonly RuleMeta[]): string {
  return JSON.stringify(rules, null, 2) + '\n';
}

/**
 * docs/rules.md is this output; a test keeps the file in step with the rules. `reported` are
 * findings the runner itself makes (lint-directive), documented after the rules.
 */
export function rulesMarkdown(rules: readonly RuleMeta[], reported: readonly RuleMeta[] = []): string {
  const out: string[] = [
    '# Lint rules',
    '',
    "<!-- Generated from the rules' meta by `kliping rules --format md`; edit src/lint/rules/*.ts, then run `npm run docs:rules`. -->",
    '',
    'Severities: `error`, `warning`, `info`, or `off`; set them per rule in `.klipingrc.json` or with `--rule ID=SEVERITY`',
    "(see the README's Lint section). Every finding names the record field it is in (`where`: `headline`, `dateline`,",
    '`caption[i]`, `paragraphs[i]`), the text as `found`, what it should be as `expected` (or null), a `message`, a',
    '`suggestion`, and the `line`/`column`/`length` of the text in the source file.',
    '',
    '| rule | default | what it catches |',
    '|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.defaultSeverity} | ${r.description} |`),
    '',
  ];
  for (const r of [...rules, ...reported]) {
    out.push(`## ${r.id}`, '', `Default severity: **${r.defaultSeverity}**. ${capitalise(r.description)}.`, '', r.docs, '');
    const options = Object.entries(r.options);
    if (options.length) {
      out.push('Options:', '');
      for (const [name, spec] of options) out.push(`- \`${name}\` (${spec.type}, default \`${JSON.stringify(spec.default)}\`): ${spec.description}`);
      out.push('');
    }
    const messages = Object.entries(r.messages ?? {});
    if (messages.length) {
      out.push('Messages (`messageId`: text):', '');
      for (const [id, text] of messages) out.push(`- \`${id}\`: ${text}`);
      out.push('');
    }
    out.push('Examples:', '');
    for (const e of r.examples) out.push(`- ${e.text} — ${e.note}`);
    out.push('');
  }
  return out.join('\n');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
