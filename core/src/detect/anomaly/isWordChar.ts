// \w's characters, one table lookup: this test runs on every character of every view.
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Whether a UTF-16 code unit is one of JavaScript's (ASCII-only) `\w` characters.
 *
 * @example
 * isWordChar("a".charCodeAt(0)) // true
 */
export function isWordChar(c: number): boolean {
  return c < 128 && WORD_CHAR[c] === 1;
}
