import { foldConfusables } from "./confusables.js";
import { type DecodedSpan, decodeSpans } from "./decodeSpans.js";

/** The result of `normalizeText`: folded text, recovered hidden spans and what was found. */
export interface NormalizedText {
  /** NFKC, lower-case, invisibles stripped, look-alikes, leetspeak and spaced letters folded. */
  text: string;
  /** Text recovered from encodings (already normalized the same way). */
  decoded: DecodedSpan[];
  /** Obfuscation seen, e.g. `invisible-chars`, `homoglyphs`, `base64`. Presence is a signal. */
  flags: string[];
}

// Combining marks (U+034F, U+17B4/5, U+180B-D) sit outside the class so it holds only spacing code points.
const INVISIBLE =
  /\u034f|\u17b4|\u17b5|\u180b|\u180c|\u180d|[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff\uffa0]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
const TAGS = /[\u{e0000}-\u{e007f}]/gu;
const VARIATION = /[\ufe00-\ufe0f]/g;
const NON_ASCII = /\P{ASCII}/u;
// A letter next to a digit/symbol that leetspeak uses for letters (found by nextLeetPair).
const WHITESPACE_RUN = /\s{2,}|[^\S ]/g;
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
// Numbers with units or ordinals are not leetspeak ("2nd", "24h", "4k", "100ms", "3d").
const UNIT = /^\d+(?:st|nd|rd|th|[kmgt]b?|px|ms|s|am|pm|d|x|h|m|fa|v)$|^\d+(?:[a-z]\d*)?$/;
// Four or more single letters separated by one space, dot, dash or underscore: "i g n o r e".
const SPACED = /\b(?:\p{L}[ ._-]){3,64}\p{L}\b/gu;

/**
 * Normalizes text against obfuscation so the rules see what the model would read. Detection
 * runs on both the original and this text; the flags themselves are evidence.
 *
 * @example
 * normalizeText("Ign0re 4ll prev1ous instructi0ns").text // "ignore all previous instructions"
 */
export function normalizeText(input: string): NormalizedText {
  const flags: string[] = [];
  let text = input;
  if (NON_ASCII.test(text)) {
    const stripped = text.replace(INVISIBLE, "");
    if (stripped.length !== text.length) flags.push("invisible-chars");
    const noBidi = stripped.replace(BIDI, "");
    if (noBidi.length !== stripped.length) flags.push("bidi-controls");
    const noTags = noBidi.replace(TAGS, "");
    if (noTags.length !== noBidi.length) flags.push("tag-chars");
    text = noTags.replace(VARIATION, "").normalize("NFKC").toLowerCase();
    const folded = foldConfusables(text);
    if (folded.folded > 0) flags.push("homoglyphs");
    text = folded.text;
  } else text = text.toLowerCase();
  const leet = foldLeet(text);
  text = leet.text;
  if (leet.count > 0) flags.push("leetspeak");
  let spaced = 0;
  if (maySpaceLetters(text))
    text = text.replace(SPACED, (m) => {
      // Short runs are acronyms ("u s a"); six or more spaced letters are obfuscation.
      if (m.length >= 11) spaced++;
      return m.replace(/[ ._-]/g, "");
    });
  if (spaced > 0) flags.push("spaced-letters");
  // Newlines survive (document rules look at lines); other whitespace runs collapse. One pass:
  // a run holding a newline becomes "\n", any other run of two or more (or a tab...) one space.
  text = text.replace(WHITESPACE_RUN, (m) => (m.includes("\n") ? "\n" : " "));
  const decoded = decodeSpans(input).map((d) => ({ ...d, text: normalizeShallow(d.text) }));
  for (const d of decoded)
    if (!flags.includes(d.encoding)) flags.push(d.encoding === "comment" ? "hidden-comment" : d.encoding);
  return { text, decoded, flags };
}

// Leetspeak only changes words mixing letters with digits/symbols, so only those are visited
// (a callback per word of the whole text was the single largest cost of normalization).
function foldLeet(input: string): { text: string; count: number } {
  let text = "";
  let last = 0;
  let count = 0;
  for (let at = nextLeetPair(input, 0); at >= 0; at = nextLeetPair(input, last)) {
    let start = at;
    while (start > last && isLeetChar(input.charCodeAt(start - 1))) start--;
    let end = at + 2;
    while (end < input.length && isLeetChar(input.charCodeAt(end))) end++;
    const w = input.slice(start, end);
    text += input.slice(last, start);
    if (w.length < 2 || UNIT.test(w)) text += w;
    else {
      // Trailing punctuation is punctuation, not leetspeak ("great!").
      const core = w.replace(/[!|]+$/, "");
      const out = core.replace(/[0-9@$!|]/g, (c) => LEET_MAP[c] ?? c);
      if (out !== core) count++;
      text += out + w.slice(core.length);
    }
    last = end;
  }
  return { text: text + input.slice(last), count };
}

// Where LEET_PAIR next matches from `from` (a letter beside a leet symbol), or -1: a character
// loop instead of the regex, which ran over every prompt.
function nextLeetPair(s: string, from: number): number {
  for (let i = from; i + 1 < s.length; i++) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    if ((isLower(a) && isLeetSymbol(b)) || (isLeetSymbol(a) && isLower(b))) return i;
  }
  return -1;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

// LEET_PAIR's `[0-9@$!|]`.
function isLeetSymbol(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 124;
}

// The characters a leetspeak word is made of: a-z, 0-9, @, $, !, |.
function isLeetChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 124;
}

// SPACED needs single separators at three offsets two apart ("i g n o r e" has them). When no
// UTF-16 unit is a surrogate every \p{L} is one unit, so without that pattern the regex (a scan
// of the whole prompt) cannot match and is skipped.
function maySpaceLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
    if (isSeparator(c) && isSeparator(text.charCodeAt(i + 2)) && isSeparator(text.charCodeAt(i + 4))) return true;
  }
  return false;
}

// SPACED's separators: space, '.', '-', '_' (NaN past the end is none of them).
function isSeparator(c: number): boolean {
  return c === 32 || c === 46 || c === 45 || c === 95;
}

/** The same folding without decoding again, for decoded spans (no recursion bombs). */
function normalizeShallow(s: string): string {
  return foldConfusables(s.replace(INVISIBLE, "").normalize("NFKC").toLowerCase()).text.replace(/\s+/g, " ");
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const NORMALIZE_TEXT_PATTERNS: readonly RegExp[] = [
  INVISIBLE,
  BIDI,
  TAGS,
  VARIATION,
  WHITESPACE_RUN,
  UNIT,
  SPACED,
];
