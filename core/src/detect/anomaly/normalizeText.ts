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
// A word mixing letters with the digits/symbols that leetspeak uses for letters.
const LEET_WORD = /[a-z0-9@$!|]+/g;
const LEET_HINT = /[a-z][0-9@$!|]|[0-9@$!|][a-z]/;
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
  let leet = 0;
  if (LEET_HINT.test(text))
    text = text.replace(LEET_WORD, (w) => {
      if (!/[a-z]/.test(w) || !/[0-9@$!|]/.test(w) || w.length < 2 || UNIT.test(w)) return w;
      // Trailing punctuation is punctuation, not leetspeak ("great!").
      const core = w.replace(/[!|]+$/, "");
      const out = core.replace(/[0-9@$!|]/g, (c) => LEET_MAP[c] ?? c);
      if (out !== core) leet++;
      return out + w.slice(core.length);
    });
  if (leet > 0) flags.push("leetspeak");
  let spaced = 0;
  text = text.replace(SPACED, (m) => {
    // Short runs are acronyms ("u s a"); six or more spaced letters are obfuscation.
    if (m.length >= 11) spaced++;
    return m.replace(/[ ._-]/g, "");
  });
  if (spaced > 0) flags.push("spaced-letters");
  // Newlines survive (document rules look at lines); other whitespace runs collapse.
  text = text.replace(/[^\S\n]+/g, " ").replace(/ ?\n[\s]*/g, "\n");
  const decoded = decodeSpans(input).map((d) => ({ ...d, text: normalizeShallow(d.text) }));
  for (const d of decoded)
    if (!flags.includes(d.encoding)) flags.push(d.encoding === "comment" ? "hidden-comment" : d.encoding);
  return { text, decoded, flags };
}

/** The same folding without decoding again, for decoded spans (no recursion bombs). */
function normalizeShallow(s: string): string {
  return foldConfusables(s.replace(INVISIBLE, "").normalize("NFKC").toLowerCase()).text.replace(/\s+/g, " ");
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const NORMALIZE_TEXT_PATTERNS: readonly RegExp[] = [INVISIBLE, BIDI, TAGS, VARIATION, LEET_WORD, UNIT, SPACED];
