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
  odd: { odd: number; total: number } | null = oddTokens(text),
): number {
  if (odd === null || odd.odd < 4 || odd.odd / odd.total < 0.15) return 0;
  return Math.min(1, 0.35 + (odd.odd / odd.total) * 1.6);
}

/** Tokens among the last 40 that no human writes; null for short text or code. */
export function oddTokens(text: string): { odd: number; total: number } | null {
  if (text.length < 40 || looksLikeCode(text)) return null;
  const tokens = text.slice(-400).split(/\s+/).slice(-40);
  if (tokens.length < 8) return null;
  let odd = 0;
  for (const t of tokens) if (isOdd(t)) odd++;
  return { odd, total: tokens.length };
}

const INNER_PUNCT = /[a-z][\])}{([<>\\|^~`*=+@#]|[\])}{([<>\\|^~`*=+@#][a-z]/i;
const MID_CAPS = /[a-z]{2}[A-Z][a-z]/;
const PUNCT_RUN = /[!-/:-@[-`{-~]{3,}/;
const ODD_QUOTES = /[a-z]["'][a-z]{2,}["'][a-z]|^["'][^"']{0,20}["']{2}|[a-z]["]{1,2}[a-z(]/i;

function isOdd(token: string): boolean {
  if (token.length < 2 || /^https?:/.test(token)) return false;
  if (INNER_PUNCT.test(token) || PUNCT_RUN.test(token) || ODD_QUOTES.test(token)) return true;
  return MID_CAPS.test(token);
}

const CODE =
  /\b(?:def |function |return |import |const |let |var |class |public |#include|select |print\(|console\.)|[;{}]\s*\n|=>|\n {2,}\S/;

function looksLikeCode(text: string): boolean {
  return CODE.test(text);
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const ADVERSARIAL_SUFFIX_PATTERNS: readonly RegExp[] = [INNER_PUNCT, MID_CAPS, PUNCT_RUN, ODD_QUOTES, CODE];
