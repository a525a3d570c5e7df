// Character scans that find where the encoded-span regexes of decodeSpans can match, so those
// regexes run at a few offsets instead of every offset of every prompt.

// The same pattern as decodeSpans' BASE64, sticky: run only where a long enough run starts.
const BASE64_AT = /[A-Za-z0-9+/_-]{16,4096}={0,2}/y;

/**
 * The matches of BASE64, found by a character scan: a match can only start where a run of 16 or
 * more base64 characters starts (or continues past a 4096-character match), so the regex runs
 * (sticky) only there instead of being tried at every offset of the prompt.
 */
export function base64Runs(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isBase64Char(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && isBase64Char(text.charCodeAt(end))) end++;
    if (end - i >= 16) {
      BASE64_AT.lastIndex = i;
      const m = BASE64_AT.exec(text);
      if (m !== null) {
        out.push(m[0]);
        i = BASE64_AT.lastIndex;
        continue;
      }
    }
    i = end;
  }
  return out;
}

/**
 * Whether `text` has a run of hex digits and HEX separators holding at least `min` hex digits: a
 * necessary condition for HEX (12 pairs, each optionally followed by one separator) to match.
 */
export function hasHexRun(text: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? (CLASS[c] as number) : isWideSeparator(c) ? HEX_SEP : 0;
    if ((k & (HEX_DIGIT | HEX_SEP)) === 0) n = 0;
    else if (k & HEX_DIGIT && ++n >= min) return true;
  }
  return false;
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

function isBase64Char(c: number): boolean {
  return c < 128 && ((CLASS[c] as number) & BASE64_CHAR) !== 0;
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const ENCODED_RUNS_PATTERNS: readonly RegExp[] = [BASE64_AT];
