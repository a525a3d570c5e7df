import { FOLDED_AT, foldConfusables, foldLookAlikeWords } from "./confusables.js";
import { type DecodedSpan, type DecodeHints, decodeSpans } from "./decodeSpans.js";
import { addFoldedLeetPairs } from "./foldedLeetPairs.js";
import { FOLD_LEET_AND_SPACES_PATTERNS, foldLeetAndSpaces } from "./foldLeetAndSpaces.js";
import { FOLD_LEET_WORD_PATTERNS } from "./foldLeetWord.js";
import { sequential } from "./sequential.js";
import { BASE64_RUN, HIDDEN, LOOK_ALIKE, scanText } from "./textScan.js";

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
const NON_ASCII = /[^\0-\x7f]/;
const SPACE_RUN = /\s+/g;

/**
 * Normalizes text against obfuscation so the rules see what the model would read. Detection
 * runs on both the original and this text; the flags themselves are evidence.
 *
 * @example
 * normalizeText("Ign0re 4ll prev1ous instructi0ns").text // "ignore all previous instructions"
 * @param ascii Whether every unit of `input` is ASCII, when the caller knows (PreparedInput.ascii).
 */
export function normalizeText(input: string, ascii?: boolean): NormalizedText {
  const flags: string[] = [];
  // prepareInput's search already knows (see PreparedInput.ascii).
  const nonAscii = ascii === undefined ? NON_ASCII.test(input) : !ascii;
  const nfkc = nonAscii ? input.normalize("NFKC") : input;
  const lower = nfkc.toLowerCase();
  let text = sequential(lower, input);
  let scan = scanText(text);
  // For decodeSpans, from the scan of the input as NFKC and lower-cased (see BASE64_RUN). The
  // input's runs are where the scan of its lower-cased copy found them when every unit stayed one
  // unit of the same base64 class: always for ASCII; for other text when NFKC kept it and
  // lower-casing kept its length (then no unit became ASCII: decodeFastPaths.test.ts).
  const samePlaces = !nonAscii || (nfkc === input && lower.length === input.length);
  const starts = scan.base64Starts;
  const hints: DecodeHints = {
    base64: (scan.bits & BASE64_RUN) !== 0,
    folded: text,
    cues: scan.bits,
    base64Starts: !samePlaces || starts.length === 0 ? undefined : starts.slice(),
  };
  // Hidden characters are stripped before NFKC, but looked for after it by the scan: NFKC and
  // lower-casing keep every one of them (or turn it into another: U+3164 into U+1160), and no
  // composition absorbs one (normalizeFastPaths.test.ts checks both over all of Unicode). So only
  // the rare text holding one is normalized again, stripped first.
  if (scan.bits & HIDDEN) {
    text = sequential(stripHidden(input, flags).normalize("NFKC").toLowerCase(), input);
    scan = scanText(text);
  }
  if (scan.bits & LOOK_ALIKE) {
    const folded = foldLookAlikeWords(text);
    if (folded.folded > 0) {
      flags.push("homoglyphs");
      // One letter for each look-alike (nearly always): the scan needs only the new leet pairs.
      const sameLength = folded.text.length === text.length;
      text = folded.text; // a sequential string (see FOLDED_AT)
      if (sameLength) addFoldedLeetPairs(scan, text, FOLDED_AT);
      else scan = scanText(text);
    }
  }
  const folded = foldLeetAndSpaces(text, scan);
  if (folded.leet > 0) flags.push("leetspeak");
  if (folded.spaced > 0) flags.push("spaced-letters");
  const decoded = decodeSpans(input, hints).map((d) => ({ ...d, text: normalizeShallow(d.text) }));
  for (const d of decoded)
    if (!flags.includes(d.encoding)) flags.push(d.encoding === "comment" ? "hidden-comment" : d.encoding);
  return { text: folded.text, decoded, flags };
}

function stripHidden(text: string, flags: string[]): string {
  const stripped = text.replace(INVISIBLE, "");
  if (stripped.length !== text.length) flags.push("invisible-chars");
  const noBidi = stripped.replace(BIDI, "");
  if (noBidi.length !== stripped.length) flags.push("bidi-controls");
  const noTags = noBidi.replace(TAGS, "");
  if (noTags.length !== noBidi.length) flags.push("tag-chars");
  return noTags.replace(VARIATION, "");
}

/** The same folding without decoding again, for decoded spans (no recursion bombs). */
function normalizeShallow(s: string): string {
  return foldConfusables(s.replace(INVISIBLE, "").normalize("NFKC").toLowerCase()).text.replace(SPACE_RUN, " ");
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const NORMALIZE_TEXT_PATTERNS: readonly RegExp[] = [
  INVISIBLE,
  BIDI,
  TAGS,
  VARIATION,
  NON_ASCII,
  SPACE_RUN,
  ...FOLD_LEET_AND_SPACES_PATTERNS,
  ...FOLD_LEET_WORD_PATTERNS,
];
