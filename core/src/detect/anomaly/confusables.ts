/**
 * Look-alike letters folded to Latin. Hand-written because the npm confusable packages either
 * ship the whole Unicode confusables table (large, and it folds legitimate Cyrillic/Greek words
 * too) or are unmaintained; attacks use a small, well-known set of Cyrillic, Greek and
 * mathematical look-alikes, and NFKC already folds the mathematical alphabets and full-width forms.
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["а", "a"],
  ["в", "b"],
  ["с", "c"],
  ["ԁ", "d"],
  ["е", "e"],
  ["ё", "e"],
  ["һ", "h"],
  ["і", "i"],
  ["ї", "i"],
  ["ј", "j"],
  ["к", "k"],
  ["м", "m"],
  ["н", "h"],
  ["о", "o"],
  ["р", "p"],
  ["ԛ", "q"],
  ["ѕ", "s"],
  ["т", "t"],
  ["у", "y"],
  ["х", "x"],
  ["ԝ", "w"],
  ["г", "r"],
  ["ѵ", "v"],
  ["п", "n"],
  ["α", "a"],
  ["β", "b"],
  ["ε", "e"],
  ["η", "n"],
  ["ι", "i"],
  ["κ", "k"],
  ["ν", "v"],
  ["ο", "o"],
  ["ρ", "p"],
  ["τ", "t"],
  ["υ", "u"],
  ["χ", "x"],
  ["γ", "y"],
  ["ω", "w"],
  ["ϲ", "c"],
  ["ј", "j"],
  ["ɑ", "a"],
  ["ɡ", "g"],
  ["ı", "i"],
  ["ł", "l"],
  ["ø", "o"],
  ["ß", "ss"],
  ["ѡ", "w"],
  ["ɩ", "i"],
];

/**
 * Map from a look-alike code point to its Latin letter(s).
 *
 * @example
 * CONFUSABLES.get("о") // "o" (Cyrillic o)
 */
export const CONFUSABLES: ReadonlyMap<string, string> = new Map(PAIRS);

const LATIN = /[a-z]/;
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN_ALL = /[a-z]/g;
// Fast path: most text holds none of the look-alikes, so the word-by-word pass is skipped.
const ANY_CONFUSABLE = new RegExp(`[${[...CONFUSABLES.keys()].join("")}]`, "u");
const LETTER_ALL = /\p{L}/gu;

/**
 * Folds look-alike letters only inside words that also contain Latin letters (mixed-script
 * words), so genuine Russian or Greek text is left intact for the language rules.
 *
 * @example
 * foldConfusables("іgnоre") // { text: "ignore", folded: 2 }
 */
export function foldConfusables(lower: string): { text: string; folded: number } {
  if (!ANY_CONFUSABLE.test(lower)) return { text: lower, folded: 0 };
  let folded = 0;
  // In mostly-Latin text even an all-look-alike word ("а" for "a") is an obfuscation.
  const latin = lower.match(LATIN_ALL)?.length ?? 0;
  const letters = lower.match(LETTER_ALL)?.length ?? 1;
  const mostlyLatin = latin / Math.max(letters, 1) > 0.6;
  const text = lower.replace(WORD, (word) => {
    if (!mostlyLatin && !LATIN.test(word)) return word;
    let out = "";
    for (const ch of word) {
      const to = CONFUSABLES.get(ch);
      if (to === undefined) out += ch;
      else {
        out += to;
        folded++;
      }
    }
    return out;
  });
  return { text, folded };
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const CONFUSABLES_PATTERNS: readonly RegExp[] = [WORD, LATIN_ALL, LETTER_ALL];
