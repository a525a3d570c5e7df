const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;

/** Bit of `letterOrMark`: the code point is `\p{L}`. */
export const LETTER = 1;
/** Bit of `letterOrMark`: the code point is `\p{M}`. */
export const MARK = 2;

// \p{L} and \p{M} of the BMP, filled a 256-code-point block at a time on first use: character
// loops need the class of every code point, and a regex call per character costs more than the
// loop. Bit 4 marks a filled block's first entry.
const FILLED = 4;
const BMP = new Uint8Array(0x10000);

/**
 * `LETTER` and/or `MARK` bits of a code point: what `[\p{L}\p{M}]` and `\p{L}` answer, from a
 * lazily filled table (astral code points ask the regexes).
 *
 * @example
 * letterOrMark(0x44f) === LETTER // true ("я")
 */
export function letterOrMark(cp: number): number {
  if (cp > 0xffff) return classify(String.fromCodePoint(cp));
  const first = cp & 0xff00;
  if (((BMP[first] as number) & FILLED) === 0) {
    for (let c = first; c < first + 0x100; c++) BMP[c] = classify(String.fromCharCode(c));
    BMP[first] = (BMP[first] as number) | FILLED;
  }
  return (BMP[cp] as number) & (LETTER | MARK);
}

function classify(ch: string): number {
  return (IS_LETTER.test(ch) ? LETTER : 0) | (IS_MARK.test(ch) ? MARK : 0);
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const LETTER_OR_MARK_PATTERNS: readonly RegExp[] = [IS_LETTER, IS_MARK];
