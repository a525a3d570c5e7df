/** Longest prefix used; text words are indexed by all their prefixes up to this length. */
export const ANCHOR_PREFIX_LENGTH = 4;

/**
 * The set of word prefixes (1..4 ASCII characters) of a lower-cased text, and its words of up to
 * 3 characters with a trailing space (whole words), for `rulePrefixes`.
 *
 * @example
 * wordPrefixes("Ignore it").has("ig") // false (lower-case the text first); wordPrefixes("ignore").has("igno") // true
 */
export function wordPrefixes(text: string): Set<string> {
  const words = new Set(text.match(ASCII_WORD));
  const set = new Set<string>();
  for (const w of words) {
    for (let n = 1; n <= Math.min(ANCHOR_PREFIX_LENGTH, w.length); n++) set.add(w.slice(0, n));
    if (w.length <= 3) set.add(`${w} `);
  }
  return set;
}

// Mirrors the ASCII-only `\b` of JavaScript regexes: a word is a run of [A-Za-z0-9_].
const ASCII_WORD = /[a-z0-9_]+/g;
