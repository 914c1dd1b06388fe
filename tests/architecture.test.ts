// The house rules that keep the layout readable: arrows one way (no import cycle, type imports
// included), the public barrel imported by nobody inside src/, and rooms small enough to hold
// in one's head (no file over 450 lines).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Static imports and re-exports (`import … from`, `export … from`, `import '…'`); lazy `import()` is not an arrow at load time. */
const IMPORT_RE = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT_RE)) out.push(resolve(dirname(file), m[1].replace(/\.js$/, '.ts')));
  return out;
}

/** Imports that load a module at run time (type-only ones are erased by the compiler). */
const VALUE_IMPORT_RE = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

function loadedBy(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(VALUE_IMPORT_RE)].map((m) => resolve(dirname(file), m[1].replace(/\.js$/, '.ts')));
}

/** Every module loaded, at run time, when the given ones are. */
function loadedWith(entries: string[]): string[] {
  const reached = new Set<string>();
  const walk = (f: string) => {
    if (reached.has(f)) return;
    reached.add(f);
    for (const g of loadedBy(f)) walk(g);
  };
  for (const entry of entries) walk(join(SRC, entry));
  return [...reached].map((f) => relative(SRC, f));
}

const files = sources(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (f: string) => relative(SRC, f);

function findCycle(): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): string[] | null => {
    if (state.get(f) === 'done') return null;
    if (state.get(f) === 'visiting') return [...stack.slice(stack.indexOf(f)), f];
    state.set(f, 'visiting');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      const cycle = visit(g);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(f, 'done');
    return null;
  };
  for (const f of files) {
    const cycle = visit(f);
    if (cycle) return cycle.map(rel);
  }
  return null;
}

describe('the layout', () => {
  it('has no import cycle', () => {
    expect(findCycle()).toBeNull();
  });

  it('imports the public barrel from nowhere inside src/', () => {
    const barrel = join(SRC, 'index.ts');
    const importers = files.filter((f) => (graph.get(f) ?? []).includes(barrel)).map(rel);
    expect(importers).toEqual([]);
  });

  // kliping --version and --help must not pay for the stages: subcommands load their modules on use.
  it('loads no stage at start-up: the CLI entry reaches only the command definitions', () => {
    const stages = loadedWith(['cli/main.ts']).filter(
      (f) =>
        (/^(?:extract|dates|parse|crawl|warc|lint|export|sink|parallel)\//.test(f) && f !== 'export/lint/formats.ts') ||
        f.endsWith('-run.ts') ||
        f === 'pipeline.ts',
    );
    expect(stages).toEqual([]);
  });

  // Reading pages must not load the Markdown parser: drafts bring it in on first use.
  it('keeps the Markdown parser out of the page pipeline', () => {
    const loaded = loadedWith(['pipeline.ts', 'cli/lint-run.ts', 'cli/extract-run.ts', 'crawl/crawler.ts']);
    expect(loaded.filter((f) => f === 'extract/draft.ts' || f.startsWith('extract/draft/blocks'))).toEqual([]);
  });

  it('keeps every file under 450 lines', () => {
    const long = files.map((f) => [rel(f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > 450);
    expect(long).toEqual([]);
  });
});
