/**
 * mkdir -p, one level at a time. Node's own `mkdir(…, { recursive: true })` loops forever
 * when the kernel answers ENOENT for a parent that exists (e.g. under /proc): an output
 * folder given by a user must fail with a reason instead.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function ensureDirSync(path: string): void {
  const target = resolve(path);
  const missing: string[] = [];
  for (let p = target; ; p = dirname(p)) {
    try {
      const info = statSync(p);
      if (!info.isDirectory()) throw Object.assign(new Error(`not a directory: ${p}`), { code: 'ENOTDIR', path: p });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      missing.push(p);
      if (dirname(p) === p) break;
    }
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    try {
      mkdirSync(missing[i]);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      // "No such file" for a folder whose parent exists (/proc, /sys): say what happened.
      if (code === 'ENOENT' && i === missing.length - 1) {
        throw Object.assign(new Error(`cannot create folders in ${dirname(missing[i])}`), { path: missing[i] });
      }
      throw err;
    }
  }
}
