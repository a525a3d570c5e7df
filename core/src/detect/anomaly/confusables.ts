import { LOOK_ALIKE_PAIRS } from "./confusablePairs.js";
import { LETTER, LETTER_OR_MARK_PATTERNS, letterOrMark, MARK } from "./letterOrMark.js";

/**
 * Map from a look-alike code point to its Latin letter(s).
 *
 * @example
 * CONFUSABLES.get("о") // "o" (Cyrillic o)
 */
export const CONFUSABLES: ReadonlyMap<string, string> = new Map(LOOK_ALIKE_PAIRS);

// Target of each look-alike by UTF-16 unit (all of them are in the BMP, below U+0530); a dense
// array so the character loops below index it without a hash lookup.
const TARGET: (string | undefined)[] = Array.from({ length: 0x530 }, () => undefined);
for (const [from, to] of LOOK_ALIKE_PAIRS) TARGET[from.charCodeAt(0)] = to;

/**
 * Whether `c` (a UTF-16 unit) is one of the look-alikes.
 *
 * @example
 * isConfusable("о".charCodeAt(0)) // true (Cyrillic o)
 */
export function isConfusable(c: number): boolean {
  return c < TARGET.length && TARGET[c] !== undefined;
}

/**
 * Folds look-alike letters only inside words that also contain Latin letters (mixed-script
 * words), so genuine Russian or Greek text is left intact for the language rules. In mostly-Latin
 * text even an all-look-alike word ("а" for "a") is an obfuscation. A word is a run of
 * `[\p{L}\p{M}]` code points; one character loop (see foldLookAlikeWords) finds the words that
 * hold a look-alike and counts letters, instead of a regex callback per word of the text.
 *
 * @example
 * foldConfusables("іgnоre") // { text: "ignore", folded: 2 }
 */
export function foldConfusables(lower: string): { text: string; folded: number } {
  let i = 0;
  while (i < lower.length && !isConfusable(lower.charCodeAt(i))) i++;
  return i === lower.length ? { text: lower, folded: 0 } : foldLookAlikeWords(lower);
}

// Word spans [start, end, hasLatin] holding a look-alike, reused between calls.
const words: number[] = [];

/**
 * Where the last foldLookAlikeWords call replaced a look-alike, ascending (offsets in its input;
 * the same in its output when that kept the length). Rewritten by the next call. Its output,
 * when it folded anything, is a sequential string (one join).
 *
 * @example
 * foldLookAlikeWords("іgnоre"); FOLDED_AT // [0, 3]
 */
export const FOLDED_AT: number[] = [];

// Per BMP unit, filled a 256-unit block at a time on first use: letterOrMark's bits, a-z, a
// look-alike, a high surrogate. One lookup per unit for the word pass below.
const LATIN = 16;
const LOOK_ALIKE = 32;
const HIGH_SURROGATE = 64;
const BLOCK_FILLED = 128;
const WORD_CLASS = new Uint8Array(0x10000);

function fillWordClass(c: number): number {
  const first = c & 0xff00;
  for (let u = first; u < first + 0x100; u++)
    WORD_CLASS[u] =
      BLOCK_FILLED |
      letterOrMark(u) |
      (u >= 97 && u <= 122 ? LATIN : 0) |
      (isConfusable(u) ? LOOK_ALIKE : 0) |
      (u >= 0xd800 && u <= 0xdbff ? HIGH_SURROGATE : 0);
  return WORD_CLASS[c] as number;
}

/**
 * The word pass of foldConfusables: walks code points the way `/[\p{L}\p{M}]+/gu` does (a
 * surrogate pair is one code point, a lone surrogate breaks a word), counts `\p{L}` and `[a-z]`
 * for the mostly-Latin test, and notes the words holding a look-alike; then folds those words that
 * hold a Latin letter, or all of them in mostly-Latin text. The same answer as foldConfusables,
 * for a caller that already knows the text holds a look-alike (normalizeText's scan).
 *
 * @example
 * foldLookAlikeWords("іgnоre") // { text: "ignore", folded: 2 }
 */
export function foldLookAlikeWords(lower: string): { text: string; folded: number } {
  words.length = 0;
  FOLDED_AT.length = 0;
  let latin = 0;
  let letters = 0;
  for (let i = 0; i < lower.length; ) {
    const start = i;
    let hasLatin = 0;
    let hasLookAlike = 0;
    while (i < lower.length) {
      const c = lower.charCodeAt(i);
      let k = WORD_CLASS[c] as number;
      if (k === 0) k = fillWordClass(c);
      let width = 1;
      if (k & HIGH_SURROGATE) {
        // A pair is one astral code point (its class from the regexes); a lone one breaks the word.
        const cp = lower.codePointAt(i) as number;
        k = cp > 0xffff ? letterOrMark(cp) : 0;
        width = 2;
      }
      if ((k & (LETTER | MARK)) === 0) break;
      letters += k & LETTER;
      latin += (k & LATIN) >> 4;
      hasLatin |= k & LATIN;
      hasLookAlike |= k & LOOK_ALIKE;
      i += width;
    }
    if (hasLookAlike !== 0) words.push(start, i, hasLatin);
    if (i === start) i++;
  }
  const mostlyLatin = latin / Math.max(letters, 1) > 0.6;
  // The output in pieces (unchanged stretches and replacements), joined once: a join writes one
  // sequential string, where adding a character at a time built a concatenation tree.
  parts.length = 0;
  let last = 0;
  for (let w = 0; w < words.length; w += 3) {
    if (!mostlyLatin && words[w + 2] === 0) continue;
    const end = words[w + 1] as number;
    for (let i = words[w] as number; i < end; i++) {
      const c = lower.charCodeAt(i);
      const to = c < TARGET.length ? TARGET[c] : undefined;
      if (to === undefined) continue;
      parts.push(lower.slice(last, i), to);
      last = i + 1;
      FOLDED_AT.push(i);
    }
  }
  if (FOLDED_AT.length === 0) return { text: lower, folded: 0 };
  parts.push(lower.slice(last));
  return { text: parts.join(""), folded: FOLDED_AT.length };
}

const parts: string[] = [];

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const CONFUSABLES_PATTERNS: readonly RegExp[] = LETTER_OR_MARK_PATTERNS;
