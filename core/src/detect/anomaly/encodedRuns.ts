// Character scans that find where the encoded-span regexes of decodeSpans can match, so those
// regexes run at a few offsets instead of every offset of every prompt.

// The same pattern as decodeSpans' BASE64, sticky: run only where a long enough run starts.
const BASE64_AT = /[A-Za-z0-9+/_-]{16,4096}={0,2}/y;

/**
 * One character scan for decodeSpans: the matches of BASE64, and whether HEX can match at all.
 * A BASE64 match can only start where a run of 16 or more base64 characters starts (or continues
 * past a 4096-character match), so that regex runs (sticky) only there. HEX (12 pairs, each
 * optionally followed by one separator) needs a run of hex digits and separators holding at
 * least 24 digits; most prompts have none, and then HEX is not run.
 */
export function encodedRuns(text: string): { base64: string[]; hex: boolean } {
  const base64: string[] = [];
  let hex = false;
  let digits = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    const k = c < 0 ? 0 : c < 128 ? (CLASS[c] as number) : isWideSeparator(c) ? HEX_SEP : 0;
    if ((k & (HEX_DIGIT | HEX_SEP)) === 0) digits = 0;
    else if (k & HEX_DIGIT && ++digits >= 24) hex = true;
    if (k & BASE64_CHAR) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      for (let at = runStart; i - at >= 16; ) {
        BASE64_AT.lastIndex = at;
        const m = BASE64_AT.exec(text);
        if (m === null) break;
        base64.push(m[0]);
        at = BASE64_AT.lastIndex;
      }
      runStart = -1;
    }
  }
  return { base64, hex };
}

// One table lookup per character instead of a chain of range tests: these two scans visit every
// character of every prompt. Bits: base64 alphabet, hex digit, HEX separator.
const BASE64_CHAR = 1;
const HEX_DIGIT = 2;
const HEX_SEP = 4;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9+/_-]/.test(ch)) CLASS[c] = (CLASS[c] as number) | BASE64_CHAR;
  if (/[0-9a-fA-F]/.test(ch)) CLASS[c] = (CLASS[c] as number) | HEX_DIGIT;
  if (/[\s:]/.test(ch)) CLASS[c] = (CLASS[c] as number) | HEX_SEP;
}

// HEX's non-ASCII separators are `\s`; a superset (every \s below U+3000) keeps the test sound.
function isWideSeparator(c: number): boolean {
  return c === 0xa0 || c === 0xfeff || (c >= 0x1680 && c <= 0x3000);
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const ENCODED_RUNS_PATTERNS: readonly RegExp[] = [BASE64_AT];
