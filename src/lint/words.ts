/** Word lists (rule data) compiled once into whole-word, case-insensitive regexes. */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex that finds any of the words or phrases, not inside a longer word. */
export function wordListRegex(words: readonly string[]): RegExp {
  const alternation = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, '\\s+'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'iu');
}
