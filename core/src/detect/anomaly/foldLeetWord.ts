const LEET_MAP: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "l",
};
// LEET_MAP by UTF-16 unit (all keys are ASCII): a string-keyed lookup per character cost more.
const LEET_BY_UNIT: (string | undefined)[] = Array.from({ length: 128 }, (_, c) => LEET_MAP[String.fromCharCode(c)]);
// Numbers with units or ordinals are not leetspeak ("2nd", "24h", "4k", "100ms", "3d").
const UNIT = /^\d+(?:st|nd|rd|th|[kmgt]b?|px|ms|s|am|pm|d|x|h|m|fa|v)$|^\d+(?:[a-z]\d*)?$/;

/**
 * One word of a-z, 0-9, @, $, ! and | that mixes letters with leetspeak symbols, folded: digits
 * and symbols become the letters they stand for, except in numbers with units and before
 * trailing punctuation. `changed` says whether anything was folded. Character loops instead of
 * two regex replaces per word: this runs for every such word of every prompt.
 *
 * @example
 * foldLeetWord("pr3v10u5!") // { text: "previous!", changed: true }
 */
export function foldLeetWord(word: string): { text: string; changed: boolean } {
  // Both of UNIT's alternatives start with a digit: most leet words ("python3") skip the regex.
  const first = word.charCodeAt(0);
  if (word.length < 2 || (first >= 48 && first <= 57 && UNIT.test(word))) return { text: word, changed: false };
  // Trailing punctuation is punctuation, not leetspeak ("great!").
  let coreEnd = word.length;
  while (coreEnd > 0 && (word.charCodeAt(coreEnd - 1) === 33 || word.charCodeAt(coreEnd - 1) === 124)) coreEnd--;
  let text = "";
  let last = 0;
  for (let i = 0; i < coreEnd; i++) {
    const c = word.charCodeAt(i);
    const to = c < 128 ? LEET_BY_UNIT[c] : undefined;
    if (to === undefined) continue;
    text += word.slice(last, i) + to;
    last = i + 1;
  }
  return last === 0 ? { text: word, changed: false } : { text: text + word.slice(last), changed: true };
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const FOLD_LEET_WORD_PATTERNS: readonly RegExp[] = [UNIT];
