// JavaScript's \s as UTF-16 units, for the backward scan (checked against the regex in the tests).
const SPACE = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) SPACE[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) SPACE[c] = 1;
// ASCII classes: a character adversarialSuffix's token tests need (a bracket, operator or quote
// for INNER_PUNCT / ODD_QUOTES), ASCII punctuation (PUNCT_RUN), lower and upper case (MID_CAPS).
const NEEDED = 1;
const PUNCT = 2;
const LOWER = 4;
const UPPER = 8;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[\])}{([<>\\|^~`*=+@#"']/.test(ch)) ASCII[c] = NEEDED;
  if (/[!-/:-@[-`{-~]/.test(ch)) ASCII[c] = (ASCII[c] as number) | PUNCT;
  if (/[a-z]/.test(ch)) ASCII[c] = LOWER;
  if (/[A-Z]/.test(ch)) ASCII[c] = UPPER;
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
    while (start > from && SPACE[text.charCodeAt(start - 1)] === 0) {
      const c = text.charCodeAt(--start);
      const k = c < 128 ? (ASCII[c] as number) : 0;
      punct = k & PUNCT ? punct + 1 : 0;
      if (k & NEEDED || punct >= 3 || (k & LOWER && right & UPPER)) needed = true;
      right = k;
    }
    total++;
    if (needed) bounds.push(start, end);
    if (start === from) break;
    end = start;
    while (end > from && SPACE[text.charCodeAt(end - 1)] === 1) end--;
  }
  found.total = total;
  return found;
}
