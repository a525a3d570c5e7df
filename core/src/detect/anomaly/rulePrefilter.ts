/**
 * Where a rule regex can start: at a word beginning with one of `words` (from `\b` + ASCII
 * literal), or at an occurrence of one of `literals` (any other leading literal).
 */
export interface RuleAnchors {
  words: string[];
  literals: string[];
}

/**
 * Sound anchors for a rule regex: every match starts at a word of the text beginning with one of
 * `words` (cut to at most 4 characters), or exactly where one of `literals` occurs. Derived from
 * each top-level branch (a leading lookbehind skipped, nested leading `(?:...)` groups followed)
 * when every way it can start is a literal; otherwise null (scan the whole text). Hand-written:
 * it reads only the subset of regex syntax our rules use, and the tests check that anchored
 * runs answer exactly what full scans answer.
 *
 * @example
 * ruleAnchors(/\b(?:ignore|忽略)x/u) // { words: ["igno"], literals: ["忽略"] }
 */
export function ruleAnchors(re: RegExp): RuleAnchors | null {
  const out: RuleAnchors = { words: [], literals: [] };
  for (const branch of splitTop(re.source)) {
    // A leading lookbehind consumes nothing: the match still starts right after it.
    const body = skipLookbehind(branch);
    if (body.startsWith("\\b")) {
      if (!leading(body.slice(2), true, out, 0)) return null;
    } else if (!leading(body, branch.startsWith(WORD_START), out, 0)) return null;
  }
  if (out.words.length + out.literals.length === 0) return null;
  return { words: [...new Set(out.words)], literals: [...new Set(out.literals)] };
}

/**
 * The word prefixes one of which must start a word of the text for `re` to match, when every
 * branch is `\b` + an ASCII literal; null otherwise (see `ruleAnchors`).
 *
 * @example
 * rulePrefixes(/\b(?:ignore|disregard)\b.{0,9}rules/u) // ["igno", "disr"]
 */
export function rulePrefixes(re: RegExp): string[] | null {
  const anchors = ruleAnchors(re);
  return anchors === null || anchors.literals.length > 0 ? null : anchors.words;
}

// Collects how every way `s` can start is anchored; false when one way has no literal.
function leading(s: string, bounded: boolean, out: RuleAnchors, depth: number): boolean {
  if (s.startsWith("(?:")) {
    const group = groupAlternatives(s);
    if (group === null || depth >= 3) return false;
    // An optional group (`(?:the )?x`) can also be skipped: then the match starts with what follows.
    if (group.rest !== null && !leading(group.rest, bounded, out, depth + 1)) return false;
    return group.alts.every((alt) => leading(alt, bounded, out, depth + 1));
  }
  if (bounded && /^[a-z]/.test(s)) {
    const lit = /^[a-z][a-z' -]*/.exec(s)?.[0] ?? "";
    const word = (dropQuantified(lit, s[lit.length]).split(/[' -]/)[0] ?? "").slice(0, PREFIX);
    if (word.length < 1) return false;
    // A word cut short by a non-ASCII letter ("g" of "görmezden") would be tried at every word
    // starting with that letter; the whole literal, found with indexOf, is far more selective.
    const whole = literalAt(s);
    if (word.length < 3 && s.charCodeAt(word.length) > 127 && whole.length > word.length) out.literals.push(whole);
    else out.words.push(word);
    return true;
  }
  const safe = literalAt(s);
  if (safe.length === 0) return false;
  out.literals.push(safe);
  return true;
}

// The literal text `s` starts with (up to its first metacharacter), without a quantified last one.
function literalAt(s: string): string {
  const lit = /^[^\\()[\]{}|?*+.^$]+/.exec(s)?.[0] ?? "";
  return dropQuantified(lit, s[lit.length]);
}

// A quantifier right after a literal could make its last character optional.
function dropQuantified(lit: string, next: string | undefined): string {
  return next === "?" || next === "*" || next === "{" ? [...lit].slice(0, -1).join("") : lit;
}

/**
 * The Unicode-aware word start the multilingual rules use where `\b` (ASCII-only) cannot go: no
 * letter, digit or `_` before. It implies an ASCII word start, so ASCII literals after it anchor
 * on the word index like `\b` ones.
 */
const WORD_START = "(?<![\\p{L}\\p{N}_])";

/** Longest prefix used; text words are indexed by all their prefixes up to this length. */
const PREFIX = 4;

/**
 * The set of word prefixes (1..4 ASCII characters) of a lower-cased text, for `rulePrefixes`.
 *
 * @example
 * wordPrefixes("Ignore it").has("ig") // false (lower-case the text first); wordPrefixes("ignore").has("igno") // true
 */
export function wordPrefixes(text: string): Set<string> {
  const words = new Set(text.match(ASCII_WORD));
  const set = new Set<string>();
  for (const w of words) for (let n = 1; n <= Math.min(PREFIX, w.length); n++) set.add(w.slice(0, n));
  return set;
}

// Mirrors the ASCII-only `\b` of JavaScript regexes: a word is a run of [A-Za-z0-9_].
const ASCII_WORD = /[a-z0-9_]+/g;

function splitTop(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cls = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (cls) cls = c !== "]";
    else if (c === "[") cls = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

function skipLookbehind(branch: string): string {
  if (!branch.startsWith("(?<!") && !branch.startsWith("(?<=")) return branch;
  let depth = 0;
  let cls = false;
  for (let i = 0; i < branch.length; i++) {
    const c = branch[i];
    if (c === "\\") i++;
    else if (cls) cls = c !== "]";
    else if (c === "[") cls = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return branch.slice(i + 1);
  }
  return branch;
}

/**
 * Alternatives of a leading `(?:...)` group, and when the group is optional (`?`), what follows
 * it; null for `*` or `{0,n}` groups.
 */
function groupAlternatives(s: string): { alts: string[]; rest: string | null } | null {
  let depth = 0;
  let cls = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (cls) cls = c !== "]";
    else if (c === "[") cls = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) {
      const after = s[i + 1];
      if (after === "*" || (after === "{" && s[i + 2] === "0")) return null;
      const alts = splitTop(s.slice(3, i));
      if (after !== "?") return { alts, rest: null };
      return { alts, rest: s.slice(s[i + 2] === "?" ? i + 3 : i + 2) };
    }
  }
  return null;
}
