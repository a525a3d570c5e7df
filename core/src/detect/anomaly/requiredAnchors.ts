import { splitTop } from "./regexSource.js";
import { pieceAnchors, type RuleAnchors } from "./rulePrefilter.js";

/**
 * Anchor sets beyond the first: every match of `re` holds an anchor of each set, because each
 * comes from a piece of the top-level sequence that every match runs through (not optional, not
 * inside an alternation), read like `ruleAnchors` reads a branch start. A rule whose leading
 * anchor is in a prompt but one of these sets is not (say "ignore" without any "instructions")
 * needs no try at all. Only sets that are cheap to index count: word anchors, and literals with a
 * non-ASCII or punctuation character. Empty for regexes with a top-level `|`.
 *
 * @example
 * requiredAnchors(/\bignore\b.{0,9}\b(?:rules|policy)\b/u) // [{ words: ["igno"], ... }, { words: ["rule", "poli"], ... }]
 */
export function requiredAnchors(re: RegExp): RuleAnchors[] {
  const src = re.source;
  if (splitTop(src).length > 1) return [];
  const sets = new Map<string, RuleAnchors>();
  // `boundary`: the character before position i is surely a non-word one (or the text start);
  // unknown where a match starts, as it may start anywhere.
  let boundary = false;
  for (let i = 0; i < src.length; ) {
    const end = tokenEnd(src, i);
    const token = src.slice(i, end);
    const q = quantifier(src, end);
    const zeroWidth =
      token === "\\b" || token === "^" || token.startsWith("(?=") || token.startsWith("(?!") || token.startsWith("(?<");
    if (!q.optional && !zeroWidth && (boundary || !/^[a-z]/.test(token))) {
      const anchors = pieceAnchors(src.slice(i), boundary, re);
      if (anchors !== null && cheap(anchors)) sets.set(JSON.stringify(anchors), anchors);
    }
    if (token === "\\b" || token === "^") boundary = true;
    else if (!zeroWidth) boundary = !q.optional && (token === " " || token === "\\s" || token === "\\n");
    i = end + q.length;
  }
  return [...sets.values()];
}

/**
 * Whether a set is worth indexing: it must be rare enough to rule prompts out, and cheap to find.
 * A set holding a one-letter prefix, a very common word or common punctuation is in nearly every
 * prompt (it would only cost index entries); a literal of ASCII letters would cost a `startsWith`
 * wherever its rarest letter occurs. Dropping a set is always sound: it only prunes.
 */
function cheap(a: RuleAnchors): boolean {
  if (a.words.length + a.literals.length === 0) return false;
  if (a.words.some((w) => w.length === 1 || COMMON_WORDS.has(w))) return false;
  return a.literals.every((l) => /[^\w ]/.test(l) && !COMMON_PUNCTUATION.has(l));
}

const COMMON_WORDS = new Set([
  "a ",
  "an ",
  "and",
  "are ",
  "as ",
  "at ",
  "be ",
  "by ",
  "for ",
  "in ",
  "is ",
  "it ",
  "of ",
  "on ",
  "or ",
  "the ",
  "to ",
  "was ",
]);
const COMMON_PUNCTUATION = new Set([",", ".", "?", "!", "=", "(", ")", "-", "/"]);

// The end of the token starting at i: an escape, a class, a balanced group or one character.
function tokenEnd(src: string, i: number): number {
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
    let depth = 0;
    let cls = false;
    for (let j = i; j < src.length; j++) {
      const d = src[j];
      if (d === "\\") j++;
      else if (cls) cls = d !== "]";
      else if (d === "[") cls = true;
      else if (d === "(") depth++;
      else if (d === ")" && --depth === 0) return j + 1;
    }
    return src.length;
  }
  // A surrogate pair is one character.
  const code = src.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1;
}

// The quantifier at i (with a lazy `?`), its length, and whether it allows zero repetitions.
function quantifier(src: string, i: number): { length: number; optional: boolean } {
  const c = src[i];
  let length = 0;
  let optional = false;
  if (c === "?" || c === "*" || c === "+") {
    length = 1;
    optional = c !== "+";
  } else if (c === "{") {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
    if (m !== null) {
      length = m[0].length;
      optional = Number(m[1]) === 0;
    }
  }
  if (length > 0 && src[i + length] === "?") length++;
  return { length, optional };
}
