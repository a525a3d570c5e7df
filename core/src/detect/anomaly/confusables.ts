import { LOOK_ALIKE_PAIRS } from "./confusablePairs.js";
import { LETTER, LETTER_OR_MARK_PATTERNS, letterOrMark } from "./letterOrMark.js";

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
 * `[\p{L}\p{M}]` code points; one character loop (see foldConfusableWords) finds the words that
 * hold a look-alike and counts letters, instead of a regex callback per word of the text.
 *
 * @example
 * foldConfusables("іgnоre") // { text: "ignore", folded: 2 }
 */
export function foldConfusables(lower: string): { text: string; folded: number } {
  let i = 0;
  while (i < lower.length && !isConfusable(lower.charCodeAt(i))) i++;
  return i === lower.length ? { text: lower, folded: 0 } : foldConfusableWords(lower);
}

// Word spans [start, end, hasLatin] holding a look-alike, reused between calls.
const words: number[] = [];

/*
 * The word pass of foldConfusables, for text holding at least one look-alike. Walks code points
 * the way `/[\p{L}\p{M}]+/gu` does (a surrogate pair is one code point, a lone surrogate breaks a
 * word), counts `\p{L}` and `[a-z]` for the mostly-Latin test, and notes the words holding a
 * look-alike; then folds those words that hold a Latin letter, or all of them in mostly-Latin text.
 */
function foldConfusableWords(lower: string): { text: string; folded: number } {
  words.length = 0;
  let latin = 0;
  let letters = 0;
  for (let i = 0; i < lower.length; ) {
    const start = i;
    let hasLatin = 0;
    let hasLookAlike = false;
    for (;;) {
      const cp = lower.codePointAt(i);
      if (cp === undefined) break;
      // ASCII without the table: only its letters are \p{L}, none is \p{M}.
      const cls = cp < 128 ? ((cp | 32) >= 97 && (cp | 32) <= 122 ? LETTER : 0) : letterOrMark(cp);
      if (cls === 0) break;
      if (cls & LETTER) letters++;
      if (cp >= 97 && cp <= 122) {
        latin++;
        hasLatin = 1;
      } else if (isConfusable(cp)) hasLookAlike = true;
      i += cp > 0xffff ? 2 : 1;
    }
    if (hasLookAlike) words.push(start, i, hasLatin);
    if (i === start) i++;
  }
  const mostlyLatin = latin / Math.max(letters, 1) > 0.6;
  let text = "";
  let last = 0;
  let folded = 0;
  for (let w = 0; w < words.length; w += 3) {
    if (!mostlyLatin && words[w + 2] === 0) continue;
    const start = words[w] as number;
    const end = words[w + 1] as number;
    text += lower.slice(last, start);
    for (let i = start; i < end; i++) {
      const c = lower.charCodeAt(i);
      const to = c < TARGET.length ? TARGET[c] : undefined;
      if (to === undefined) text += lower[i];
      else {
        text += to;
        folded++;
      }
    }
    last = end;
  }
  return folded === 0 ? { text: lower, folded } : { text: text + lower.slice(last), folded };
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const CONFUSABLES_PATTERNS: readonly RegExp[] = LETTER_OR_MARK_PATTERNS;
