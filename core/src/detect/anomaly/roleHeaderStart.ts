/** Units a role header may put before its keyword: blanks and the `#`, `**`, `[`, `--`, `==` marks. */
const MARK = new Uint8Array(128);
for (const c of " \t#*[-=") MARK[c.charCodeAt(0)] = 1;
/** Per lower-cased ASCII unit, 1 when a header keyword starts with it, 2 when one's second unit is it. */
const KEYWORD = new Uint8Array(128);
for (const c of "sadni") KEYWORD[c.charCodeAt(0)] = (KEYWORD[c.charCodeAt(0)] as number) | 1;
for (const c of "ydem") KEYWORD[c.charCodeAt(0)] = (KEYWORD[c.charCodeAt(0)] as number) | 2;

/**
 * A necessary condition for the role-header rule to match at `at` (the text start or a "\n"):
 * after that "\n", the first unit that is not a blank or header mark must be the first unit of a
 * keyword ("system", "admin", "developer", "new", "important", any case) and the next one its
 * second. The rule is tried at every line start of the raw text (~8 per 1 KB prompt); a regex
 * call costs ~35 ns even when it fails at once, this check a few. Hand-written for that one rule:
 * its marks and keywords are the regex's, and a property test checks it never rejects a match.
 *
 * @example
 * roleHeaderStart("x\n## System:", 1) // true
 * roleHeaderStart("x\nThe end", 1) // false
 */
export function roleHeaderStart(text: string, at: number): boolean {
  let i = text.charCodeAt(at) === 10 ? at + 1 : at;
  let c = text.charCodeAt(i);
  // The marks and blanks before the keyword are all MARK units and the keyword's first is none,
  // so the longest MARK run from the line start ends where the keyword starts.
  while (c < 128 && MARK[c] === 1) c = text.charCodeAt(++i);
  if (!(c < 128 && ((KEYWORD[c | 0x20] as number) & 1) === 1)) return false;
  const d = text.charCodeAt(i + 1);
  return d < 128 && ((KEYWORD[d | 0x20] as number) & 2) === 2;
}

/** Per ASCII unit, 1 when a chat-template token can continue with it right after its "<". */
const AFTER_ANGLE = new Uint8Array(128);
for (const c of "|</sSiIaAdDeE") AFTER_ANGLE[c.charCodeAt(0)] = 1;
/** "ſ" (U+017F): case-insensitive Unicode regexes match it for "s" (it case-folds to "s"). */
const LONG_S = 0x17f;

/**
 * A necessary condition for the chat-template rule (`/…/iu`, raw text) to match at `at`, a "<" or
 * "[" of the text: the next unit must be one its tokens can continue with ("<|", "<<", "</",
 * "<system>", "<instructions>", "<admin>", "<developer>", "<start_of_turn>", "<end_of_turn>",
 * "[/INST]", "[INST]", in any case). Prose holds ~4 of these units per 1 KB prompt ("<b>", "[1]");
 * the check spares the regex call at most of them. Property-tested against the rule.
 *
 * @example
 * chatTemplateStart("<|im_start|>", 0) // true
 * chatTemplateStart("[1]", 0) // false
 */
export function chatTemplateStart(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  if (text.charCodeAt(at) === 91) return next === 47 || (next | 0x20) === 105;
  return next < 128 ? AFTER_ANGLE[next] === 1 : next === LONG_S;
}
