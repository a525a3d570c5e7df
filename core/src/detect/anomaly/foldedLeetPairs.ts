import type { TextScan } from "./textScan.js";

/**
 * Brings `scan` (scanText's answer for a text) up to date for `folded`, that text after
 * foldLookAlikeWords replaced the units at `at` (ascending) with one a-z letter each, as far as
 * foldLeetAndSpaces reads it. Of what it reads only the leetspeak pairs can change: whitespace
 * runs are untouched, the spaced-letter windows see a letter either way, and a look-alike was
 * never half of a pair, so the pairs gained are those of a new letter next to a leetspeak symbol.
 * Hand-written because rescanning the whole text cost as much as the fold itself.
 *
 * @example
 * const s = scanText("а1"); // Cyrillic "а": no pair yet
 * addFoldedLeetPairs(s, "a1", [0]); s.pairCount // 1
 */
export function addFoldedLeetPairs(scan: TextScan, folded: string, at: readonly number[]): void {
  added.length = 0;
  for (const p of at) {
    if (p > 0 && isLeetSymbol(folded.charCodeAt(p - 1))) added.push(p - 1);
    if (isLeetSymbol(folded.charCodeAt(p + 1))) added.push(p);
  }
  if (added.length === 0) return;
  // Merge from the end: the pairs stay ascending in the scan's buffer (it holds a unit each).
  const pairs = scan.leetPairs;
  let from = scan.pairCount - 1;
  let next = added.length - 1;
  scan.pairCount += added.length;
  for (let to = scan.pairCount - 1; next >= 0; to--) {
    const old = from >= 0 ? (pairs[from] as number) : -1;
    if (old > (added[next] as number)) {
      pairs[to] = old;
      from--;
    } else pairs[to] = added[next--] as number;
  }
}

const added: number[] = [];

// 0-9 @ $ ! |: what scanText's leetspeak pairs pair with a-z (NaN past the end: false).
function isLeetSymbol(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 124;
}
