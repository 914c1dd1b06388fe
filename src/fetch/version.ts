import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function readVersion(): string {
  // src/fetch/version.ts and dist/fetch/version.js both sit two levels below the package root.
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = require(candidate) as { name?: unknown; version?: unknown };
      if (pkg.name === 'kliping' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

/** The kliping package version, read from package.json. */
export const VERSION: string = readVersion();
