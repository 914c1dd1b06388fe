/**
 * `.klipingrc.json`: looked up from an input's folder upward (the nearest one wins; no
 * merging across folders). Read once per folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, resolveConfig } from './config.js';

export const CONFIG_FILE = '.klipingrc.json';

export interface ConfigLayer {
  config: unknown;
  /** The file it came from (used in error messages). */
  origin: string;
}

/** Reads and checks one config file; ConfigError with the path in the message when it is unusable. */
export async function loadConfigFile(path: string): Promise<ConfigLayer> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}`);
  }
  let config: unknown;
  try {
    config = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  const layer = { config, origin: path };
  resolveConfig(layer); // throws ConfigError naming the file
  return layer;
}

/** Finds the nearest `.klipingrc.json` at or above a folder, caching per folder. */
export class ConfigLookup {
  private readonly found = new Map<string, Promise<ConfigLayer | null>>();

  forDirectory(dir: string): Promise<ConfigLayer | null> {
    const key = resolve(dir);
    let pending = this.found.get(key);
    if (!pending) {
      pending = this.search(key);
      this.found.set(key, pending);
    }
    return pending;
  }

  private async search(dir: string): Promise<ConfigLayer | null> {
    const candidate = join(dir, CONFIG_FILE);
    let isFile = false;
    try {
      isFile = (await stat(candidate)).isFile();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new ConfigError(`${candidate}: ${(err as Error).message}`);
    }
    if (isFile) return loadConfigFile(candidate);
    const parent = dirname(dir);
    return parent === dir ? null : this.forDirectory(parent);
  }
}
