// One table for the backward scan: JavaScript's \s (checked against the regex in the tests), and
// the ASCII classes adversarialSuffix's token tests need: a bracket, operator or quote
// (INNER_PUNCT, ODD_QUOTES), punctuation (PUNCT_RUN), lower and upper case (MID_CAPS).
const SPACE = 1;
const NEEDED = 2;
const PUNCT = 4;
const LOWER = 8;
const UPPER = 16;
const CLASS = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) CLASS[c] = SPACE;
for (let c = 0x2000; c <= 0x200a; c++) CLASS[c] = SPACE;
for (let c = 33; c < 127; c++) {
  const ch = String.fromCharCode(c);
  if (/[\])}{([<>\\|^~`*=+@#"']/.test(ch)) CLASS[c] = NEEDED;
  if (/[!-/:-@[-`{-~]/.test(ch)) CLASS[c] = (CLASS[c] as number) | PUNCT;
  if (/[a-z]/.test(ch)) CLASS[c] = LOWER;
  if (/[A-Z]/.test(ch)) CLASS[c] = UPPER;
}

const found = { total: 0, bounds: [] as number[] };

/**
 * The last `max` tokens of `text.slice(-tail).split(/\s+/)` (empty first or last tokens
 * included, as split gives them), found by a backward scan instead of splitting: `total` is how
 * many, `bounds` holds [start, end) offsets into `text` of only those tokens that may be odd (a
 * token with no bracket, operator, quote, run of three punctuation marks or lower-to-upper
 * switch cannot match any of adversarialSuffix's token tests, and most words are such). The
 * answer is reused by the next call.
 *
 * @example
 * tailTokens("a b(c d", 400, 40) // { total: 3, bounds: [2, 5] }
 */
export function tailTokens(text: string, tail: number, max: number): { total: number; bounds: number[] } {
  const from = Math.max(0, text.length - tail);
  const bounds = found.bounds;
  bounds.length = 0;
  let total = 0;
  let end = text.length;
  while (total < max) {
    let start = end;
    let needed = false;
    let punct = 0;
    let right = 0;
    while (start > from) {
      const k = CLASS[text.charCodeAt(start - 1)] as number;
      if (k & SPACE) break;
      start--;
      punct = k & PUNCT ? punct + 1 : 0;
      // A lower-case letter before an upper-case one: LOWER is UPPER >> 1.
      if (k & NEEDED || punct >= 3 || k & (right >> 1) & LOWER) needed = true;
      right = k;
    }
    total++;
    if (needed) bounds.push(start, end);
    if (start === from) break;
    end = start;
    while (end > from && (CLASS[text.charCodeAt(end - 1)] as number) & SPACE) end--;
  }
  found.total = total;
  return found;
}
