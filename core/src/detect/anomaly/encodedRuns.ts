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
 * Whether `text` has a run of characters passing `inRun` in which at least `min` pass `counted`
 * (default: all of them). A necessary condition for HEX (12 pairs, each optionally followed by
 * one separator) to match at all.
 */
export function hasRun(text: string, inRun: (c: number) => boolean, min: number, counted = inRun): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!inRun(c)) n = 0;
    else if (counted(c) && ++n >= min) return true;
  }
  return false;
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

// HEX's separators are `[\s:]`; a superset (every \s below U+3000, and ':') keeps the test sound.
export function isHexOrSeparator(c: number): boolean {
  return (
    isHexDigit(c) ||
    c === 58 ||
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0xfeff ||
    (c >= 0x1680 && c <= 0x3000)
  );
}

function isBase64Char(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 43 ||
    c === 47 ||
    c === 95 ||
    c === 45
  );
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const ENCODED_RUNS_PATTERNS: readonly RegExp[] = [BASE64_AT];
