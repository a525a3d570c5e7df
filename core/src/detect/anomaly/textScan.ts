// About 220 lines: the class table and the scan that reads it share one bit layout (classes,
// watched pairs, decodeSpans' cues), kept in one place.
import { isConfusable } from "./confusables.js";

// Classes of UTF-16 units, one table lookup per character. The scan below reads every character
// of every prompt, so it does the work of what were separate passes (a regex or loop each). The
// two lowest bits feed the spaced-letters window directly.
const SEPARATOR = 1; // SPACED's separators: space . - _
const LETTERISH = 2; // anything that is, or after leetspeak folding may be, a \p{L} (or its first unit)
const LOWER = 4; // a-z
const LEET_SYMBOL = 8; // 0-9 @ $ ! |
const SPACE = 16; // \s
const ODD_SPACE = 32; // \s other than " " and "\n": always rewritten by the whitespace collapse
const HIGH_SURROGATE = 64;
const LOW_SURROGATE = 128;
/** Bit of `TextScan.bits`: the text holds a look-alike letter (see confusables). */
export const LOOK_ALIKE = 256;
/**
 * Bit of `TextScan.bits`: the text holds a unit normalizeText strips (invisible, bidi, variation)
 * or U+DB40, the first unit of every tag character.
 */
export const HIDDEN = 512;
/**
 * Bit of `TextScan.bits`: the text holds a run of 15 or more base64 characters
 * (`[A-Za-z0-9+/_-]`). Without one, the text normalizeText scanned came from an input with no run
 * of 16 (NFKC and lower-casing keep every ASCII character of such a run; only its last may
 * compose with a combining mark after it), so decodeSpans need not look for base64.
 */
export const BASE64_RUN = 1 << 16;
const BASE64_CHAR = 1024;
// The units decodeSpans' native searches start from: when the scan saw none, the search is
// skipped. NFKC and lower-casing keep each of them where it is followed by what those searches
// need ("<!--", "[//]", "%41", "13", "caesar": no composition takes "<", "[", "%", a digit or a
// base letter followed by one of those), so a text without one came from an input without it.
/** Bit of `TextScan.bits`: the text holds "<" (an HTML comment may start). */
export const LESS_THAN = 2048;
/** Bit of `TextScan.bits`: the text holds "[" (a Markdown comment may start). */
export const LEFT_BRACKET = 4096;
/** Bit of `TextScan.bits`: the text holds "%" (a URL escape may start). */
export const PERCENT = 8192;
// Classes watched after "a" and "1": "ae" and "13" in the text set CAESAR_PAIR and THIRTEEN.
const E_AFTER_A = 16384;
const THREE_AFTER_ONE = 32768;
/** Bit of `TextScan.bits`: the text holds "ae" (as "caesar" does). */
export const CAESAR_PAIR = 1 << 17;
/** Bit of `TextScan.bits`: the text holds "13". */
export const THIRTEEN = 1 << 18;
const CUE_UNITS = LESS_THAN | LEFT_BRACKET | PERCENT;
const HIDDEN_UNITS = [0x34f, 0x17b4, 0x17b5, 0xad, 0x61c, 0x115f, 0x1160, 0x3164, 0xfeff, 0xffa0, 0xdb40];
const HIDDEN_RANGES = [0x180b, 0x180e, 0x200b, 0x200f, 0x2060, 0x2064, 0x202a, 0x202e, 0x2066, 0x2069, 0xfe00, 0xfe0f];

/**
 * The UTF-16 units JavaScript's `\s` matches, for character tables (checked against the regex in
 * the tests).
 *
 * @example
 * JS_WHITESPACE.includes(0x3000) // true (ideographic space)
 */
export const JS_WHITESPACE: readonly number[] = [
  ...[9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff],
  ...Array.from({ length: 11 }, (_, i) => 0x2000 + i),
];
// Low 16 bits: the unit's classes. High 16 bits: the classes that, right after this unit, need a
// closer look (a letter after a leet symbol or the reverse, a second whitespace, the second unit
// of a surrogate pair, and an odd whitespace unit after anything), so one AND of the previous
// unit's high half with this unit's classes finds every rare case.
const CLASS = new Uint32Array(0x10000);
const SPACE_UNITS = new Set(JS_WHITESPACE);
for (let c = 0; c < 0x10000; c++) CLASS[c] = classes(c, SPACE_UNITS.has(c));
for (const c of HIDDEN_UNITS) CLASS[c] = (CLASS[c] as number) | HIDDEN;
for (let r = 0; r < HIDDEN_RANGES.length; r += 2)
  for (let c = HIDDEN_RANGES[r] as number; c <= (HIDDEN_RANGES[r + 1] as number); c++)
    CLASS[c] = (CLASS[c] as number) | HIDDEN;

function classes(c: number, space: boolean): number {
  const lower = c >= 97 && c <= 122;
  const leet = (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 124;
  let k = (lower ? LOWER : 0) | (leet ? LEET_SYMBOL : 0);
  if (c === 32 || c === 46 || c === 45 || c === 95) k |= SEPARATOR;
  if (space) k |= SPACE | (c === 10 || c === 32 ? 0 : ODD_SPACE);
  else if (lower || leet || (c >= 65 && c <= 90) || c >= 128) k |= LETTERISH;
  if (c >= 0xd800 && c <= 0xdbff) k |= HIGH_SURROGATE;
  if (c >= 0xdc00 && c <= 0xdfff) k |= LOW_SURROGATE;
  if (c < 0x530 && isConfusable(c)) k |= LOOK_ALIKE;
  if (lower || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 95 || c === 45)
    k |= BASE64_CHAR;
  k |= c === 60 ? LESS_THAN : c === 91 ? LEFT_BRACKET : c === 37 ? PERCENT : 0;
  k |= c === 101 ? E_AFTER_A : c === 51 ? THREE_AFTER_ONE : 0;
  const next =
    (c === 97 ? E_AFTER_A : c === 49 ? THREE_AFTER_ONE : 0) |
    ODD_SPACE |
    (lower ? LEET_SYMBOL : 0) |
    (leet ? LOWER : 0) |
    (space ? SPACE : 0) |
    (c >= 0xd800 && c <= 0xdbff ? LOW_SURROGATE : 0);
  return k | (next << 16);
}
// Two bits a code point (separator, letterish) over the last seven: "l s l s l s l", the least
// any SPACED match starts with.
const SPACED_WINDOW = 0x2666;

/** What `scanText` found: where leetspeak, spaced letters and whitespace runs may need work. */
export interface TextScan {
  /** `LOOK_ALIKE`, `HIDDEN`, `BASE64_RUN` and decodeSpans' cues when the text holds such units. */
  bits: number;
  /** Start of every a-z unit next to a leetspeak symbol (either order), ascending; `pairCount` of them. */
  leetPairs: Int32Array;
  pairCount: number;
  /** [start, end, hasNewline] of every whitespace run the collapse rewrites, ascending; `runCount` of them. */
  spaceRuns: Int32Array;
  runCount: number;
  /** Every offset where SPACED may match (seven code points alternating letter, separator). */
  spacedStarts: number[];
  /** Start of every maximal run of 15 or more base64 characters (see BASE64_RUN), ascending. */
  base64Starts: number[];
}

const KEPT_CAPACITY = 64 * 1024;
// Typed buffers kept between calls: pushing onto arrays emptied per call cost more than the scan.
const scan: TextScan = {
  bits: 0,
  leetPairs: new Int32Array(1024),
  pairCount: 0,
  spaceRuns: new Int32Array(3072),
  runCount: 0,
  spacedStarts: [],
  base64Starts: [],
};

/**
 * One pass over `text` that says which of normalizeText's slow steps are needed and where: a
 * look-alike for foldConfusables, leet pairs for foldLeet, spaced letters for SPACED, whitespace
 * runs for the collapse. The common character costs one table lookup and a few bit operations;
 * the rare finds branch off. The answer is reused by the next call (no allocation per prompt).
 *
 * @example
 * const s = scanText("l33t  x");
 * s.leetPairs.subarray(0, s.pairCount) // Int32Array [0, 2]
 */
export function scanText(text: string): TextScan {
  // Buffers grow for a long text and shrink back at the next ordinary one (memory stays bounded).
  const capacity = scan.leetPairs.length;
  if (capacity < text.length || (capacity > KEPT_CAPACITY && text.length <= KEPT_CAPACITY)) {
    const size = Math.max(text.length, 1024);
    scan.leetPairs = new Int32Array(size);
    scan.spaceRuns = new Int32Array(3 * size);
  }
  const pairs = scan.leetPairs;
  let pairCount = 0;
  scan.runCount = 0;
  scan.bits = 0;
  scan.spacedStarts.length = 0;
  let bits = 0;
  let watch = ODD_SPACE;
  let window = 0;
  // Length of the base64 run ending here (branch-free: a branch on the class mispredicts in prose).
  let base64Run = 0;
  let pairBits = 0;
  scan.base64Starts.length = 0;
  for (let i = 0; i < text.length; i++) {
    const k = CLASS[text.charCodeAt(i)] as number;
    bits |= k;
    base64Run = (base64Run + 1) & ((k << 21) >> 31); // -1 for a base64 character (bit 10), else 0
    if (base64Run === 15) scan.base64Starts.push(i - 14);
    const rare = watch & k;
    watch = k >>> 16;
    if (rare !== 0) {
      if (rare & (SPACE | ODD_SPACE)) {
        // The run cannot be inside a letter-separator window: it holds two adjacent
        // non-letters, or a unit that is neither letter nor separator.
        i = recordSpaceRun(text, rare & SPACE ? i - 1 : i);
        watch = ODD_SPACE;
        window = 0;
        base64Run = 0;
        continue;
      }
      // The second unit of a surrogate pair is the same code point as the first.
      if (rare & LOW_SURROGATE) continue;
      if (rare & (E_AFTER_A | THREE_AFTER_ONE)) pairBits |= rare;
      else pairs[pairCount++] = i - 1;
    }
    window = ((window << 2) | (k & 3)) & 0x3fff;
    if ((window & SPACED_WINDOW) === SPACED_WINDOW) scan.spacedStarts.push(codePointsBack(text, i, 6));
  }
  scan.bits =
    ((scan.bits | bits) & (LOOK_ALIKE | HIDDEN | CUE_UNITS)) |
    (scan.base64Starts.length > 0 ? BASE64_RUN : 0) |
    (pairBits & E_AFTER_A ? CAESAR_PAIR : 0) |
    (pairBits & THREE_AFTER_ONE ? THIRTEEN : 0);
  scan.pairCount = pairCount;
  return scan;
}

// Records the whitespace run starting at `start` (the scan stops at its second unit, or at its
// first when that is an odd one), returns its last offset.
function recordSpaceRun(text: string, start: number): number {
  let end = start;
  let newline = 0;
  let bits = 0;
  // No read past the end: an out-of-bounds charCodeAt deoptimizes the scan.
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    const k = CLASS[c] as number;
    if ((k & SPACE) === 0) break;
    bits |= k;
    if (c === 10) newline = 1;
  }
  // U+FEFF is whitespace and hidden.
  scan.bits |= bits;
  const at = 3 * scan.runCount++;
  scan.spaceRuns[at] = start;
  scan.spaceRuns[at + 1] = end;
  scan.spaceRuns[at + 2] = newline;
  return end - 1;
}

// The offset `n` code points before the one starting at `at`.
function codePointsBack(text: string, at: number, n: number): number {
  let i = at;
  for (let left = n; left > 0 && i > 0; left--) {
    i--;
    if (CLASS[text.charCodeAt(i)]! & LOW_SURROGATE && i > 0 && CLASS[text.charCodeAt(i - 1)]! & HIGH_SURROGATE) i--;
  }
  return i;
}
