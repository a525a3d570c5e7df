import {
  caseless,
  classAt,
  dropQuantified,
  groupAlternatives,
  literalAt,
  skipLookbehind,
  splitTop,
} from "./regexSource.js";
import { ANCHOR_PREFIX_LENGTH } from "./wordPrefixes.js";

/**
 * Where a rule regex can start: at a word beginning with one of `words` (from `\b` + ASCII
 * literal; a trailing space marks a whole word, "you " being "you" and not "your"), at an
 * occurrence of one of `literals` (any other leading literal), or at offset 0 when `start`.
 */
export interface RuleAnchors {
  words: string[];
  literals: string[];
  start?: true;
}

/**
 * Sound anchors for a rule regex: every match starts at a word of the text beginning with one of
 * `words` (cut to at most 4 characters), exactly where one of `literals` occurs, or (`start`) at
 * offset 0. Derived from each top-level branch (a leading lookbehind skipped, nested leading
 * `(?:...)` groups followed) when every way it can start is a literal; otherwise null (scan the
 * whole text). Case-insensitive regexes keep only literals made of characters without case.
 * Hand-written: it reads only the subset of regex syntax our rules use, and the tests check that
 * anchored runs answer exactly what full scans answer.
 *
 * @example
 * ruleAnchors(/\b(?:ignore|忽略)x/u) // { words: ["igno"], literals: ["忽略"] }
 */
export function ruleAnchors(re: RegExp): RuleAnchors | null {
  const out: RuleAnchors = { words: [], literals: [] };
  const ctx: Context = { out, caseless: re.flags.includes("i"), multiline: re.flags.includes("m") };
  for (const branch of splitTop(re.source)) {
    // A leading lookbehind consumes nothing: the match still starts right after it.
    const body = skipLookbehind(branch);
    if (body.startsWith("\\b")) {
      if (!leading(body.slice(2), true, null, ctx, 0)) return null;
    } else if (
      !leading(
        body,
        WORD_START_LOOKBEHINDS.some((w) => branch.startsWith(w)),
        null,
        ctx,
        0,
      )
    )
      return null;
  }
  if (out.words.length + out.literals.length === 0 && out.start !== true) return null;
  const result: RuleAnchors = { words: [...new Set(out.words)], literals: [...new Set(out.literals)] };
  if (out.start === true) result.start = true;
  return result;
}

/**
 * The anchors of a piece of `re`'s source (what it can start with), as `ruleAnchors` reads a
 * branch; `bounded`: a non-word character (or the text start) surely comes right before the piece.
 *
 * @example
 * pieceAnchors("(?:rules|policy)\\b", true, /x/u) // { words: ["rule", "poli"], literals: [] }
 */
export function pieceAnchors(piece: string, bounded: boolean, re: RegExp): RuleAnchors | null {
  const out: RuleAnchors = { words: [], literals: [] };
  const ctx: Context = { out, caseless: re.flags.includes("i"), multiline: re.flags.includes("m") };
  if (!leading(piece, bounded, null, ctx, 0) || out.start === true) return null;
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
  return anchors === null || anchors.literals.length > 0 || anchors.start === true ? null : anchors.words;
}

interface Context {
  out: RuleAnchors;
  /** The `i` flag: letters may match either case, so only caseless literals anchor. */
  caseless: boolean;
  /** The `m` flag: `^` also matches after every line break. */
  multiline: boolean;
}

// Collects how every way `s` can start is anchored; false when one way has no literal. `after`:
// what surely follows `s` in every match (null when unknown), to tell a whole word from a prefix.
// About 165 lines: `leading` and `endsWord` are the one recursive reader behind the three exported
// anchor functions; the regex-source helpers they share already live in regexSource.ts.
function leading(s: string, bounded: boolean, after: string | null, ctx: Context, depth: number): boolean {
  const { out } = ctx;
  if (s.startsWith("(?:")) {
    const group = groupAlternatives(s);
    if (group === null || depth >= 6) return false;
    const next = group.after === "" ? after : group.after;
    // An optional group (`(?:the )?x`) can also be skipped: then the match starts with what follows.
    if (group.rest !== null && !leading(group.rest, bounded, after, ctx, depth + 1)) return false;
    return group.alts.every((alt) => leading(alt, bounded, next, ctx, depth + 1));
  }
  if (s.startsWith("^") && !ctx.multiline) {
    out.start = true;
    return true;
  }
  // A digit after `\b` starts a word of the text too ("2 responses"): as a word anchor it is read
  // from the word index instead of being found (as a literal) at every digit of every number.
  const digit = !ctx.caseless && /^[0-9]/.test(s);
  if (bounded && (digit || /^[a-z]/.test(s))) {
    if (ctx.caseless) return false;
    const lit = (digit ? /^[0-9][a-z0-9' -]*/ : /^[a-z][a-z' -]*/).exec(s)?.[0] ?? "";
    const whole = dropQuantified(lit, s[lit.length]).split(/[' -]/)[0] ?? "";
    const word = whole.slice(0, ANCHOR_PREFIX_LENGTH);
    if (word.length < 1) return false;
    // A word cut short by a non-ASCII letter ("g" of "görmezden") would be tried at every word
    // starting with that letter; the whole literal, found with indexOf, is far more selective.
    const full = literalAt(s);
    if (word.length < 3 && s.charCodeAt(word.length) > 127 && full.length > word.length) out.literals.push(full);
    else out.words.push(endsWord(whole, full, s, after) ? `${whole} ` : word);
    return true;
  }
  // A class of punctuation or non-ASCII characters: one literal each (ASCII letters or digits
  // would each be tried at nearly every word, no better than a scan). Under `i`, ASCII only.
  const chars = classAt(s);
  if (chars?.every((c) => !/\w/.test(c) && (!ctx.caseless || caseless(c)))) {
    out.literals.push(...chars);
    return true;
  }
  let safe = literalAt(s);
  // Under `i` only characters without case are certain: keep the literal up to the first letter.
  if (ctx.caseless)
    safe = safe.slice(
      0,
      [...safe, "a"].findIndex((c) => !caseless(c)),
    );
  if (safe.length === 0) return false;
  out.literals.push(safe);
  return true;
}

/**
 * Whether a leading word of 1 to 3 letters is a whole word in every match: a non-word character
 * surely follows it in its literal (`full`), or the word is all of `s` and what follows (`after`)
 * starts with `\b` or a non-word literal character. Whole words ("you" but not "your", "i" but
 * not "in") are tried far less often than prefixes.
 */
function endsWord(whole: string, full: string, s: string, after: string | null): boolean {
  if (whole.length > 3) return false;
  if (full.length > whole.length) return !/\w/.test(full[whole.length] as string);
  // "i(?:'m| am)": every alternative of the group right after the word starts with a non-word one.
  const group = s.startsWith(`${whole}(?:`) ? groupAlternatives(s.slice(whole.length)) : null;
  if (group !== null && group.rest === null)
    return group.alts.every((alt) => /^\W/.test(literalAt(alt)) && literalAt(alt)[0] === alt[0]);
  if (s !== whole || after === null) return false;
  const next = literalAt(after)[0];
  return after.startsWith("\\b") || (next !== undefined && !/\w/.test(next));
}

/**
 * Leading lookbehinds that put a non-word character (or the start of the text) right before the
 * match, so an ASCII word starting the match starts a word of the text: the Unicode-aware word
 * start the multilingual rules use where `\b` (ASCII-only) cannot go (no letter, digit or `_`
 * before), and the line or sentence starts of the few-shot and task-switch rules.
 */
const WORD_START_LOOKBEHINDS = ["(?<![\\p{L}\\p{N}_])", "(?<=^|\\s)", "(?<=^|[.!?:] |\\n)"];
