import { foldLeetWord } from "./foldLeetWord.js";
import { sequential } from "./sequential.js";
import type { TextScan } from "./textScan.js";

// Four or more single letters separated by one space, dot, dash or underscore: "i g n o r e".
// Sticky: tried only where the scan saw letters alternating with separators.
const SPACED_AT = /\b(?:\p{L}[ ._-]){3,64}\p{L}\b/uy;
const SEPARATORS = /[ ._-]/g;
// Newlines survive (document rules look at lines); other whitespace runs collapse: a run holding
// a newline becomes "\n", any other run of two or more (or a tab...) one space.
const WHITESPACE_RUN = /\s{2,}|[^\S ]/g;

/**
 * Leetspeak, spaced letters and whitespace runs of normalizeText, in that order, from a scan of
 * `text` (see scanText). Leetspeak folding keeps every length and touches no whitespace, and the
 * whitespace collapse touches nothing else, so without spaced letters (nearly every prompt) both
 * are applied in one pass over the scan's edits; otherwise the steps run one after the other.
 *
 * @example
 * foldLeetAndSpaces("pr3v10u5\t\tstuff", scanText("pr3v10u5\t\tstuff")).text // "previous stuff"
 */
export function foldLeetAndSpaces(text: string, scan: TextScan): { text: string; leet: number; spaced: number } {
  const edited = applyEdits(text, scan, true);
  if (scan.spacedStarts.length === 0) return edited;
  const leet = applyEdits(text, scan, false);
  // SPACED replaced globally: a match can only start where the scan saw a window, so the sticky
  // regex tried at those offsets (past the previous match) finds the same matches.
  let unspaced = "";
  let copied = 0;
  let spaced = 0;
  for (const at of scan.spacedStarts) {
    if (at < copied) continue;
    SPACED_AT.lastIndex = at;
    const m = SPACED_AT.exec(leet.text);
    if (m === null) continue;
    // Short runs are acronyms ("u s a"); six or more spaced letters are obfuscation.
    if (m[0].length >= 11) spaced++;
    unspaced += leet.text.slice(copied, at) + m[0].replace(SEPARATORS, "");
    copied = SPACED_AT.lastIndex;
  }
  if (copied === 0) return edited;
  unspaced += leet.text.slice(copied);
  const collapsed = unspaced.replace(WHITESPACE_RUN, (m) => (m.includes("\n") ? "\n" : " "));
  return { text: sequential(collapsed, unspaced), leet: leet.leet, spaced };
}

// Leetspeak words (found from the scan's pairs the way foldLeet's search found them: the word of
// a-z0-9@$!| around the first pair past the previous word) and, with `spaces`, the whitespace
// runs, spliced in text order. Only changed parts are copied.
function applyEdits(text: string, scan: TextScan, spaces: boolean): { text: string; leet: number; spaced: number } {
  const pairs = scan.leetPairs;
  const runs = scan.spaceRuns;
  const runEnd = spaces ? 3 * scan.runCount : 0;
  parts.length = 0;
  let copied = 0;
  let r = 0;
  let leet = 0;
  let wordEnd = 0;
  for (let p = 0; p < scan.pairCount; p++) {
    const at = pairs[p] as number;
    if (at < wordEnd) continue;
    let start = at;
    while (start > wordEnd && isLeetChar(text.charCodeAt(start - 1))) start--;
    let end = at + 2;
    while (end < text.length && isLeetChar(text.charCodeAt(end))) end++;
    wordEnd = end;
    const word = foldLeetWord(text.slice(start, end));
    if (!word.changed) continue;
    leet++;
    for (; r < runEnd && (runs[r] as number) < start; r += 3) {
      parts.push(text.slice(copied, runs[r]), runs[r + 2] ? "\n" : " ");
      copied = runs[r + 1] as number;
    }
    parts.push(text.slice(copied, start), word.text);
    copied = end;
  }
  for (; r < runEnd; r += 3) {
    parts.push(text.slice(copied, runs[r]), runs[r + 2] ? "\n" : " ");
    copied = runs[r + 1] as number;
  }
  if (copied === 0) return { text, leet, spaced: 0 };
  parts.push(text.slice(copied));
  return { text: parts.join(""), leet, spaced: 0 };
}

// The pieces of applyEdits' output, joined once: a join writes one sequential string, where
// repeated concatenation builds a tree every later scan of the text would have to flatten (and
// scans that have read such trees run slower on all text, see `sequential`).
const parts: string[] = [];

// The characters a leetspeak word is made of: a-z, 0-9, @, $, !, |.
function isLeetChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 124;
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const FOLD_LEET_AND_SPACES_PATTERNS: readonly RegExp[] = [SPACED_AT, SEPARATORS, WHITESPACE_RUN];
