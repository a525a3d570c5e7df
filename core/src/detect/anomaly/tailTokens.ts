import { JS_WHITESPACE } from "./textScan.js";

// One table for the backward scan: JavaScript's \s, and
// the ASCII classes adversarialSuffix's token tests need.
const SPACE = 1;
const BRACKET = 2; // INNER_PUNCT's brackets and operators
const QUOTE = 4; // ODD_QUOTES' quotes
const PUNCT = 8; // [!-/:-@[-`{-~]: three in a row make a token odd
const LOWER = 16;
const UPPER = 32; // MID_CAPS needs a lower-case letter before an upper-case one
// Above the six class bits, counters the scan sums (k >>> COUNTS): punctuation marks in bits
// 0-9 and upper-case letters from bit 10 (a token of the 400-unit tail holds at most 400 of each).
const COUNTS = 6;
const ONE_PUNCT = 1 << COUNTS;
const ONE_UPPER = 1 << (COUNTS + 10);
const CLASS = new Uint32Array(0x10000);
for (const c of JS_WHITESPACE) CLASS[c] = SPACE;
for (let c = 33; c < 127; c++) {
  const ch = String.fromCharCode(c);
  if (/[\])}{([<>\\|^~`*=+@#]/.test(ch)) CLASS[c] = BRACKET;
  if (/["']/.test(ch)) CLASS[c] = QUOTE;
  if (/[!-/:-@[-`{-~]/.test(ch)) CLASS[c] = (CLASS[c] as number) | PUNCT | ONE_PUNCT;
  if (/[a-z]/.test(ch)) CLASS[c] = LOWER;
  if (/[A-Z]/.test(ch)) CLASS[c] = UPPER | ONE_UPPER;
}

/** Bit of a token's tests (see `tailTokens`): it holds a bracket or operator (INNER_PUNCT may match). */
export const MAY_INNER_PUNCT = BRACKET;
/** Bit of a token's tests: it holds a quote (ODD_QUOTES may match). */
export const MAY_ODD_QUOTES = QUOTE;
/** Bit of a token's tests: it holds three ASCII punctuation marks in a row (odd for that alone). */
export const PUNCT_RUN_FOUND = PUNCT;
/** Bit of a token's tests: a lower-case letter is followed by an upper-case one (MID_CAPS may match). */
export const MAY_MID_CAPS = UPPER;

const found = { total: 0, bounds: [] as number[] };

/**
 * The last `max` tokens of `text.slice(-tail).split(/\s+/)` (empty first or last tokens
 * included, as split gives them), found by a backward scan instead of splitting: `total` is how
 * many, `bounds` holds [start, end, tests] of only those tokens that may be odd, where `tests`
 * says which of adversarialSuffix's token tests can match (a token with no bracket, operator,
 * quote, run of three punctuation marks or lower-to-upper switch matches none, and most words are
 * such). The answer is reused by the next call.
 *
 * @example
 * tailTokens("a b(c d", 400, 40) // { total: 3, bounds: [2, 5, MAY_INNER_PUNCT] }
 */
export function tailTokens(text: string, tail: number, max: number): { total: number; bounds: number[] } {
  const from = Math.max(0, text.length - tail);
  const bounds = found.bounds;
  bounds.length = 0;
  let total = 0;
  let end = text.length;
  while (total < max) {
    let start = end;
    let classes = 0;
    let counts = 0;
    while (start > from) {
      const k = CLASS[text.charCodeAt(start - 1)] as number;
      if (k & SPACE) break;
      start--;
      classes |= k;
      counts += k >>> COUNTS;
    }
    total++;
    // Most tokens hold fewer than three punctuation marks, and no upper-case letter or only a
    // first one: then the classes alone say which tests can match; the rest are read again.
    let tests = classes & (BRACKET | QUOTE);
    if ((counts & 0x3ff) >= 3 || (classes & LOWER && counts >>> 10 > (CLASS[text.charCodeAt(start)]! & UPPER ? 1 : 0)))
      tests |= pairTests(text, start, end);
    if (tests !== 0) bounds.push(start, end, tests);
    if (start === from) break;
    end = start;
    while (end > from && (CLASS[text.charCodeAt(end - 1)] as number) & SPACE) end--;
  }
  found.total = total;
  return found;
}

// PUNCT when the token holds three punctuation marks in a row, UPPER when a lower-case letter
// precedes an upper-case one (LOWER is UPPER >> 1).
function pairTests(text: string, start: number, end: number): number {
  let tests = 0;
  let punct = 0;
  let left = 0;
  for (let i = start; i < end; i++) {
    const k = CLASS[text.charCodeAt(i)] as number;
    punct = k & PUNCT ? punct + 1 : 0;
    tests |= (punct >= 3 ? PUNCT : 0) | ((left << 1) & k & UPPER);
    left = k;
  }
  return tests;
}
