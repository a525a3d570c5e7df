// Naive answers the anchor index must equal: written from the definitions (JavaScript's `\w`
// words, `indexOf`), independent of the code under test.

/** The key `wordKey` gives a word anchor: 7 bits a character, a trailing space = a whole word. */
export function wordKeyOf(w: string): number {
  const word = w.trimEnd();
  let key = 0;
  for (let i = 0; i < word.length; i++) key |= word.charCodeAt(i) << (7 * i);
  return w.endsWith(" ") ? key | (127 << (7 * word.length)) : key;
}

/** ASCII words (JavaScript's \w runs) starting with `w`, or equal to it when `w` ends in a space. */
export function naiveWordStarts(t: string, w: string): number[] {
  const out: number[] = [];
  for (const m of t.matchAll(/\w+/g)) {
    const word = m[0];
    if (w.endsWith(" ") ? word === w.trimEnd() : word.startsWith(w)) out.push(m.index);
  }
  return out;
}

/** Every offset where `l` occurs in `t`. */
export function naiveOccurrences(t: string, l: string): number[] {
  const out: number[] = [];
  for (let i = t.indexOf(l); i >= 0; i = t.indexOf(l, i + 1)) out.push(i);
  return out;
}
