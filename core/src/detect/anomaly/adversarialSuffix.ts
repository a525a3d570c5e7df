import { MAY_INNER_PUNCT, MAY_MID_CAPS, MAY_ODD_QUOTES, PUNCT_RUN_FOUND, tailTokens } from "./tailTokens.js";

// Fewer odd tokens score 0, so below it oddTokens may skip its code test (a scan of the whole text).
const MIN_ODD = 4;

/**
 * Heuristic score in [0, 1] for an optimised adversarial suffix (GCG/DSN style): a run of
 * tokens that no human writes — words glued to punctuation, mid-word capitals, stray brackets
 * and quotes — in prose that is otherwise not code. Hand-written: no library scores this.
 *
 * @example
 * adversarialSuffixScore("Write a poem") // 0
 */
export function adversarialSuffixScore(
  text: string,
  odd: { odd: number; total: number } | null = oddTokens(text, MIN_ODD),
): number {
  if (odd === null || odd.odd < MIN_ODD || odd.odd / odd.total < 0.15) return 0;
  return Math.min(1, 0.35 + (odd.odd / odd.total) * 1.6);
}

/**
 * Tokens among the last 40 (split on whitespace) that no human writes; null for short text or
 * code, and for fewer than `minOdd` odd tokens (a caller that ignores so few is spared the code
 * test, the one scan of the whole text).
 *
 * @example
 * oddTokens("one two three four five six seven eight nine ten eleven twelve") // { odd: 0, total: 12 }
 */
export function oddTokens(text: string, minOdd = 0): { odd: number; total: number } | null {
  const tokens = lastTokens(text);
  if (tokens === null) return null;
  const odd = countOdd(text, tokens.bounds);
  if (odd < minOdd || looksLikeCode(text)) return null;
  return { odd, total: tokens.total };
}

/**
 * What the detector's scoring reads of this heuristic: the suffix score, and (only next to a
 * harmful-request hit, the one place scoreEvidence reads it; else 0) the odd-token count. The same
 * values as `adversarialSuffixScore(text, oddTokens(text, harmful ? 2 : 4))` and that count, but
 * the code test (a regex over the whole text) runs only when its answer can change them: for a
 * score (4 or more odd tokens, at least 15% of the tokens) or a count of 2 or more.
 *
 * @example
 * suffixEvidence("Write a poem", false) // { suffix: 0, oddTokens: 0 }
 */
export function suffixEvidence(text: string, harmful: boolean): { suffix: number; oddTokens: number } {
  const tokens = lastTokens(text);
  const odd = tokens === null ? 0 : countOdd(text, tokens.bounds);
  const ratio = tokens === null ? 0 : odd / tokens.total;
  const scored = odd >= MIN_ODD && ratio >= 0.15;
  if ((!scored && !(harmful && odd >= 2)) || looksLikeCode(text)) return { suffix: 0, oddTokens: 0 };
  return { suffix: scored ? Math.min(1, 0.35 + ratio * 1.6) : 0, oddTokens: harmful ? odd : 0 };
}

// tailTokens' answer for the last 40 tokens, or null for text too short to judge.
function lastTokens(text: string): { total: number; bounds: number[] } | null {
  if (text.length < 40) return null;
  const tokens = tailTokens(text, 400, 40);
  return tokens.total < 8 ? null : tokens;
}

function countOdd(text: string, b: readonly number[]): number {
  let odd = 0;
  for (let t = 0; t < b.length; t += 3) if (isOdd(text.slice(b[t], b[t + 1]), b[t + 2] as number)) odd++;
  return odd;
}

const INNER_PUNCT = /[a-z][\])}{([<>\\|^~`*=+@#]|[\])}{([<>\\|^~`*=+@#][a-z]/i;
// Parentheses at a token's edges are prose ("(lead", "keyboards),"), and so are hashtags and
// mentions ("#SilentNoMore", "@user"): counted as odd, they made 4% of social-media comments and
// 1.3% of encyclopedia paragraphs score as adversarial suffixes. Square and angle brackets at the
// edges stay odd: jailbreak templates carry "[INSERT PROMPT HERE]" and "<SYSTEM MODE>" markers.
const TAG = /^[#@]\w+[.,;:!?]*$/;
const MID_CAPS = /[a-z]{2}[A-Z][a-z]/;
const ODD_QUOTES = /[a-z]["'][a-z]{2,}["'][a-z]|^["'][^"']{0,20}["']{2}|[a-z]["]{1,2}[a-z(]/i;
const URL_START = /^https?:/;

// `tests` (from tailTokens' scan) says which regexes can match at all, and whether the token
// holds a run of three ASCII punctuation marks (odd, as glued symbols are).
function isOdd(token: string, tests: number): boolean {
  if (token.length < 2 || URL_START.test(token) || TAG.test(token)) return false;
  if ((tests & PUNCT_RUN_FOUND) !== 0) return true;
  if ((tests & MAY_INNER_PUNCT) !== 0 && INNER_PUNCT.test(withoutEdgeParens(token))) return true;
  if ((tests & MAY_ODD_QUOTES) !== 0 && ODD_QUOTES.test(token)) return true;
  return (tests & MAY_MID_CAPS) !== 0 && MID_CAPS.test(token);
}

// The token without its leading "(" run and a trailing ")" run (with the sentence punctuation
// after it), as `token.replace(/^\(+|\)+[.,;:!?"']*$/g, "")` gives (property-tested); index
// arithmetic because that regex is quadratic on a long run of ")" (the ReDoS audit).
function withoutEdgeParens(token: string): string {
  let start = 0;
  while (start < token.length && token.charCodeAt(start) === 0x28) start++;
  let end = token.length;
  while (end > start && SENTENCE_PUNCT.includes(token[end - 1] as string)) end--;
  if (end > start && token.charCodeAt(end - 1) === 0x29) {
    while (end > start && token.charCodeAt(end - 1) === 0x29) end--;
  } else end = token.length;
  return start === 0 && end === token.length ? token : token.slice(start, end);
}
const SENTENCE_PUNCT = ".,;:!?\"'";

const CODE =
  /\b(?:def |function |return |import |const |let |var |class |public |#include|select |print\(|console\.)|[;{}]\s*\n|=>|\n {2,}\S/;

function looksLikeCode(text: string): boolean {
  return CODE.test(text);
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const ADVERSARIAL_SUFFIX_PATTERNS: readonly RegExp[] = [INNER_PUNCT, TAG, MID_CAPS, ODD_QUOTES, URL_START, CODE];
