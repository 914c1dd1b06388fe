/** The lint output formats by name (kept apart so that the CLI can list them without loading the formatters). */
export const LINT_FORMATS = ['stylish', 'json', 'unix', 'sarif', 'github', 'html'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];
