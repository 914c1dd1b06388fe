/** `kliping rules`: every lint rule with its id, default severity and description. */
import { Command, Option } from 'commander';
import { DataOut, type CliIO } from './io.js';

export function rulesCommand(io: CliIO, setExit: (code: number) => void): Command {
  return new Command('rules')
    .description('list the lint rules: id, default severity, what each catches (and its options)')
    .addOption(new Option('-f, --format <format>', 'text, json (the full meta) or md (docs/rules.md)').choices(['text', 'json', 'md']).default('text'))
    .action(async (options: { format: 'text' | 'json' | 'md' }) => {
      const [{ RULES }, { DIRECTIVE_RULE }, { rulesJson, rulesMarkdown, rulesText }] = await Promise.all([
        import('../lint/rules/index.js'),
        import('../lint/directives.js'),
        import('../export/lint/rules.js'),
      ]);
      const metas = RULES.map((r) => r.meta);
      const out = options.format === 'json' ? rulesJson(metas) : options.format === 'md' ? rulesMarkdown(metas, [DIRECTIVE_RULE]) : rulesText(metas);
      await new DataOut(io.stdout).write(out);
      setExit(0);
    });
}
