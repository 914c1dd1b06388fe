/**
 * Where a rule's documentation is: docs/rules.md, shipped in the package, one heading per rule
 * id. SARIF viewers link to it as the rule's helpUri; the package's `homepage`, when set,
 * is preferred (a published copy of the same file).
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

function packageRoot(): { root: string; homepage: string | null } | null {
  // src/export/lint/ and dist/export/lint/ both sit three levels below the package root.
  for (const candidate of ['../../../package.json', '../../../../package.json']) {
    try {
      const path = require.resolve(candidate);
      const pkg = require(candidate) as { name?: unknown; homepage?: unknown };
      if (pkg.name === 'kliping') return { root: dirname(path), homepage: typeof pkg.homepage === 'string' ? pkg.homepage : null };
    } catch {
      // try the next candidate
    }
  }
  return null;
}

let base: string | null | undefined;

/** The URL of a rule's section of the rule documentation, or null when it cannot be found. */
export function ruleDocsUrl(ruleId: string): string | null {
  if (base === undefined) {
    const pkg = packageRoot();
    const local = pkg ? join(pkg.root, 'docs', 'rules.md') : null;
    base = pkg?.homepage ? `${pkg.homepage.replace(/\/+$/, '')}/blob/main/docs/rules.md` : local && existsSync(local) ? pathToFileURL(local).href : null;
  }
  return base ? `${base}#${ruleId}` : null;
}
