/**
 * Where a literal anchor is looked for: the offset of its rarest-looking unit, so that few
 * positions of a text call `startsWith` (`AnchorIndex` checks the literal only where its pivot
 * occurs). Non-ASCII first (never in ASCII text), then punctuation, digits and `_`, then the
 * letter rarest in English; a space only for a literal of spaces.
 *
 * @example
 * pivotOffset("kilala bilang") // 0 ("k")
 */
export function pivotOffset(text: string): number {
  let best = 0;
  let bestRank = -1;
  for (let i = 0; i < text.length; i++) {
    const r = rarity(text.charCodeAt(i));
    if (r > bestRank) {
      best = i;
      bestRank = r;
    }
  }
  return best;
}

const LETTERS_COMMON_FIRST = "etaoinshrdlcumwfgypbvkjxqz";

function rarity(c: number): number {
  if (c > 127) return 100;
  if (c === 32) return 0;
  const letter = LETTERS_COMMON_FIRST.indexOf(String.fromCharCode(c).toLowerCase());
  return letter < 0 ? 50 : 1 + letter;
}
