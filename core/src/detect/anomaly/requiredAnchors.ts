import { splitTop } from "./regexSource.js";
import { maxUnits, quantifier, times, tokenEnd } from "./regexTokens.js";
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
  return requiredPieces(re).map((p) => p.anchors);
}

/** A required anchor set and how far into a match (UTF-16 units, at most) its piece starts. */
export interface RequiredPiece {
  anchors: RuleAnchors;
  /** Upper bound of the offset of the piece from the match start; Infinity when unbounded. */
  within: number;
}

/**
 * `requiredAnchors` in source order, each with how far from the match start its piece can begin
 * (the most units the tokens before it can take): a set's anchor must then occur in
 * `[start, start + within]`. Used to skip tries at anchors no needed part follows closely enough.
 *
 * @example
 * requiredPieces(/\bignore\b.{0,9}\b(?:rules|policy)\b/u)[1]?.within // 6 + 9 * 2 = 24
 */
export function requiredPieces(re: RegExp): RequiredPiece[] {
  const src = re.source;
  if (splitTop(src).length > 1) return [];
  const sets = new Map<string, RequiredPiece>();
  // `boundary`: the character before position i is surely a non-word one (or the text start);
  // unknown where a match starts, as it may start anywhere.
  let boundary = false;
  // The most units the tokens before position i can take.
  let reach = 0;
  for (let i = 0; i < src.length; ) {
    const end = tokenEnd(src, i);
    const token = src.slice(i, end);
    const q = quantifier(src, end);
    const zeroWidth =
      token === "\\b" || token === "^" || token.startsWith("(?=") || token.startsWith("(?!") || token.startsWith("(?<");
    if (!q.optional && !zeroWidth && (boundary || !/^[a-z]/.test(token))) {
      const anchors = pieceAnchors(src.slice(i), boundary, re);
      const key = JSON.stringify(anchors);
      if (anchors !== null && cheap(anchors))
        sets.set(key, { anchors, within: Math.min(reach, sets.get(key)?.within ?? reach) });
    }
    if (token === "\\b" || token === "^") boundary = true;
    // Past an optional token the boundary holds when it held before and the token ends in a space.
    else if (!zeroWidth) boundary = (boundary || !q.optional) && endsWithSpace(token);
    reach += zeroWidth ? 0 : times(maxUnits(token), q.most);
    i = end + q.length;
  }
  return [...sets.values()];
}

// Whether every match of a token ends with a whitespace character: " ", `\s`, `\n`, or a group
// each of whose alternatives ends with an unescaped, unquantified space ("(?:please |now )").
function endsWithSpace(token: string): boolean {
  if (token === " " || token === "\\s" || token === "\\n") return true;
  if (!token.startsWith("(?:") || !token.endsWith(")")) return false;
  return splitTop(token.slice(3, -1)).every((alt) => alt.endsWith(" ") && !alt.endsWith("\\ "));
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
