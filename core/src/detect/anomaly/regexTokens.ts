import { groupEnd, splitTop } from "./regexSource.js";

/*
 * Token-level readers of regex source for `requiredPieces`: where a token ends, its quantifier,
 * and the most UTF-16 units it can take. Like regexSource.ts they understand the subset of syntax
 * the rules use, and answer conservatively (a longer bound) otherwise.
 */

// The end of the token starting at i: an escape, a class, a balanced group or one character.
export function tokenEnd(src: string, i: number): number {
  const c = src[i];
  if (c === "\\") {
    const e = src[i + 1] ?? "";
    if ((e === "p" || e === "P" || e === "u") && src[i + 2] === "{") return src.indexOf("}", i) + 1;
    if (e === "x") return i + 4;
    if (e === "u") return i + 6;
    return i + 2;
  }
  if (c === "[") {
    for (let j = i + 1; j < src.length; j++) {
      if (src[j] === "\\") j++;
      else if (src[j] === "]") return j + 1;
    }
    return src.length;
  }
  if (c === "(") {
    const end = groupEnd(src, i);
    return end < 0 ? src.length : end;
  }
  // A surrogate pair is one character.
  const code = src.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1;
}

// The quantifier at i (with a lazy `?`), its length, whether it allows zero repetitions, and
// the most repetitions it allows (1 without one).
export function quantifier(src: string, i: number): { length: number; optional: boolean; most: number } {
  const c = src[i];
  let length = 0;
  let optional = false;
  let most = 1;
  if (c === "?" || c === "*" || c === "+") {
    length = 1;
    optional = c !== "+";
    most = c === "?" ? 1 : Number.POSITIVE_INFINITY;
  } else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
    if (m !== null) {
      length = m[0].length;
      optional = Number(m[1]) === 0;
      most = m[2] === undefined ? Number(m[1]) : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
    }
  }
  if (length > 0 && src[i + length] === "?") length++;
  return { length, optional, most };
}

// The most UTF-16 units one repetition of a token can take (a character class or `.` may match
// a surrogate pair: 2); Infinity for what this reader does not bound (backreferences).
export function maxUnits(token: string): number {
  if (token.startsWith("(")) {
    if (/^\(\?(?:=|!|<=|<!)/.test(token)) return 0;
    const inner = token.slice(token.startsWith("(?:") ? 3 : token.startsWith("(?<") ? token.indexOf(">") + 1 : 1, -1);
    return Math.max(0, ...splitTop(inner).map(sequenceUnits));
  }
  if (token === "^" || token === "$" || token === "\\b" || token === "\\B") return 0;
  if (token.startsWith("\\") && /^\\[1-9k]/.test(token)) return Number.POSITIVE_INFINITY;
  if (token.startsWith("\\") || token.startsWith("[") || token === ".") return 2;
  return token.length;
}

// A zero-width token repeated without bound still takes nothing (not NaN).
export function times(units: number, repeats: number): number {
  return units === 0 ? 0 : units * repeats;
}

function sequenceUnits(src: string): number {
  let units = 0;
  for (let i = 0; i < src.length; ) {
    const end = tokenEnd(src, i);
    const q = quantifier(src, end);
    units += times(maxUnits(src.slice(i, end)), q.most);
    i = end + q.length;
  }
  return units;
}
