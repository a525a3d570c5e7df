// Character scans that find where the encoded-span regexes of decodeSpans can match, so those
// regexes run at a few offsets instead of every offset of every prompt.

// The same pattern as decodeSpans' BASE64, sticky: run only where a long enough run starts.
const BASE64_AT = /[A-Za-z0-9+/_-]{16,4096}={0,2}/y;

/**
 * The matches of decodeSpans' BASE64, and whether its HEX can match at all. A BASE64 match can
 * only start where a run of 16 or more base64 characters starts (or continues past a
 * 4096-character match), so that regex runs (sticky) only there. HEX (12 pairs, each optionally
 * followed by one separator) needs a run of hex digits and separators holding at least 24
 * digits; most prompts have none, and then HEX is not run. `findBase64` false (the caller
 * knows there is no such run) skips the base64 search, and `runStarts` (the caller knows where
 * every maximal run of 15 or more starts) replaces it.
 *
 * @example
 * encodedRuns("run aWdub3JlIGFsbCBydWxlcw==").base64 // ["aWdub3JlIGFsbCBydWxlcw=="]
 */
export function encodedRuns(
  text: string,
  findBase64 = true,
  runStarts?: readonly number[],
): { base64: string[]; hex: boolean } {
  const base64: string[] = [];
  if (runStarts !== undefined) for (const start of runStarts) matchRun(text, start, base64);
  else if (findBase64)
    for (let start = longRun(text, 0, 16, BASE64_CHAR); start >= 0; )
      start = longRun(text, matchRun(text, start, base64) + 1, 16, BASE64_CHAR);
  return { base64, hex: hexRun(text) };
}

// The BASE64 matches in the maximal run of base64 characters starting at `start`; returns its end.
function matchRun(text: string, start: number, found: string[]): number {
  const end = runEnd(text, start, BASE64_CHAR);
  for (let at = start; end - at >= 16; ) {
    BASE64_AT.lastIndex = at;
    const m = BASE64_AT.exec(text);
    if (m === null) break;
    found.push(m[0]);
    at = BASE64_AT.lastIndex;
  }
  return end;
}

// Whether a maximal run of hex digits and separators holds 24 or more digits.
function hexRun(text: string): boolean {
  for (let end = 0, start = longRun(text, 0, 24, HEX_RUN); start >= 0; start = longRun(text, end + 1, 24, HEX_RUN)) {
    end = runEnd(text, start, HEX_RUN);
    let digits = 0;
    for (let i = start; i < end; i++) if (classOf(text.charCodeAt(i)) & HEX_DIGIT) digits++;
    if (digits >= 24) return true;
  }
  return false;
}

/**
 * Start of the first maximal run of `bits` characters at or after `from` (where `from` is 0 or
 * follows a character outside the run) that is at least `min` long, or -1. A skip search rather
 * than a visit of every character: if the last character of a `min`-wide window is outside the
 * class, no long run starts inside the window, so the search jumps past it. Prose is mostly short
 * words, so about one character in four is read.
 */
function longRun(text: string, from: number, min: number, bits: number): number {
  let i = from;
  while (i + min <= text.length) {
    let j = i + min - 1;
    while (j >= i && classOf(text.charCodeAt(j)) & bits) j--;
    if (j < i) return i;
    i = j + 1;
  }
  return -1;
}

function runEnd(text: string, start: number, bits: number): number {
  let end = start;
  while (end < text.length && classOf(text.charCodeAt(end)) & bits) end++;
  return end;
}

// One table lookup per character, over all of the BMP (no branch on the character's range). Bits:
// base64 alphabet, hex digit, HEX separator.
const BASE64_CHAR = 1;
const HEX_DIGIT = 2;
const HEX_SEP = 4;
const HEX_RUN = HEX_DIGIT | HEX_SEP;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9+/_-]/.test(ch)) CLASS[c] = (CLASS[c] as number) | BASE64_CHAR;
  if (/[0-9a-fA-F]/.test(ch)) CLASS[c] = (CLASS[c] as number) | HEX_DIGIT;
}
// HEX's separators; a superset of \s beyond ASCII (every unit from U+1680 to U+3000) keeps the
// HEX test sound.
for (const c of [9, 10, 11, 12, 13, 32, 58, 0xa0, 0xfeff]) CLASS[c] = HEX_SEP;
CLASS.fill(HEX_SEP, 0x1680, 0x3001);

function classOf(c: number): number {
  return CLASS[c] as number;
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const ENCODED_RUNS_PATTERNS: readonly RegExp[] = [BASE64_AT];
