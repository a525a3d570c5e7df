import { isConfusable } from "./confusables.js";

// Classes of UTF-16 units, one table lookup per character. The scan below reads every character
// of every prompt, so it does the work of what were separate passes (a regex or loop each).
const LOWER = 1; // a-z
const LEET_SYMBOL = 2; // 0-9 @ $ ! |
const SEPARATOR = 4; // SPACED's separators: space . - _
const LETTERISH = 8; // anything that is, or after leetspeak folding may be, a \p{L}
const SPACE = 16; // \s
const NEWLINE = 32;
const ODD_SPACE = 64; // \s other than " " and "\n": always rewritten by the whitespace collapse
/** Bit of `scanText`'s answer: the text holds a UTF-16 surrogate. */
export const SURROGATE = 128;
/** Bit of `scanText`'s answer: the text holds a look-alike letter (see confusables). */
export const LOOK_ALIKE = 256;
/** Bit of `scanText`'s answer: SPACED may match (letter, separator, letter, ..., seven units). */
export const MAY_SPACE = 512;

// JavaScript's \s (checked against the regex in the tests).
const WHITESPACE = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
for (let c = 0x2000; c <= 0x200a; c++) WHITESPACE.push(c);
const CLASS = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const lower = c >= 97 && c <= 122;
  const leet = (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 124;
  let k = (lower ? LOWER : 0) | (leet ? LEET_SYMBOL : 0);
  if (c === 32 || c === 46 || c === 45 || c === 95) k |= SEPARATOR;
  if (WHITESPACE.includes(c)) k |= SPACE | (c === 10 ? NEWLINE : c === 32 ? 0 : ODD_SPACE);
  else if (lower || leet || (c >= 65 && c <= 90) || c >= 128) k |= LETTERISH;
  if (c >= 0xd800 && c <= 0xdfff) k |= SURROGATE;
  if (isConfusable(c)) k |= LOOK_ALIKE;
  CLASS[c] = k;
}
// Two bits a unit (separator, letterish) over the last seven units: "l s l s l s l".
const SPACED_WINDOW = 0x2666;

/** What `scanText` found: the bits, and where leetspeak and whitespace need work. */
export interface TextScan {
  bits: number;
  /** Start of every a-z unit next to a leetspeak symbol (either order), ascending. */
  leetPairs: number[];
  /** [start, end, hasNewline] of every whitespace run the collapse rewrites, ascending. */
  spaceRuns: number[];
}

const scan: TextScan = { bits: 0, leetPairs: [], spaceRuns: [] };

/**
 * One pass over `text` that says which of normalizeText's slow steps are needed at all: a
 * look-alike for foldConfusables, leet pairs for foldLeet, spaced letters for SPACED, whitespace
 * runs for the collapse. The answer is reused by the next call (no allocation per prompt).
 *
 * @example
 * scanText("l33t  x").leetPairs // [2]
 */
export function scanText(text: string): TextScan {
  const pairs = scan.leetPairs;
  const runs = scan.spaceRuns;
  pairs.length = 0;
  runs.length = 0;
  let bits = 0;
  let prev = 0;
  let window = 0;
  let runStart = 0;
  let runBits = 0;
  for (let i = 0; i < text.length; i++) {
    const k = CLASS[text.charCodeAt(i)] as number;
    bits |= k;
    if (((prev << 1) & k & LEET_SYMBOL) | ((prev >> 1) & k & LOWER)) pairs.push(i - 1);
    window = ((window << 2) | ((k >> 2) & 3)) & 0x3fff;
    if ((window & SPACED_WINDOW) === SPACED_WINDOW) bits |= MAY_SPACE;
    if ((k | prev) & SPACE) {
      if (k & SPACE) {
        if ((prev & SPACE) === 0) {
          runStart = i;
          runBits = 0;
        }
        runBits |= k;
      } else if (i - runStart >= 2 || runBits & ODD_SPACE) runs.push(runStart, i, runBits & NEWLINE);
    }
    prev = k;
  }
  if (prev & SPACE && (text.length - runStart >= 2 || runBits & ODD_SPACE))
    runs.push(runStart, text.length, runBits & NEWLINE);
  // With a surrogate a letter may be two units; the window then says nothing.
  scan.bits = bits & SURROGATE ? bits | MAY_SPACE : bits;
  return scan;
}
