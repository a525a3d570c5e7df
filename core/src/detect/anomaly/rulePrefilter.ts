/**
 * A sound, cheap pre-check for a rule regex: the word prefixes one of which must start a word
 * of the text for the regex to have any chance of matching. Derived from sources shaped
 * `\b(?:alt1|alt2|...)…` (each top-level branch, nested leading groups included): an
 * alternative's leading ASCII literal, cut to at most 4 characters, must begin some ASCII word of
 * the text. Rules of any other shape get
 * `null` (always run). Hand-written: it reads only the subset of regex syntax our rules use,
 * and the tests check that it never changes a verdict.
 *
 * @example
 * rulePrefixes(/\b(?:ignore|disregard)\b.{0,9}rules/u) // ["igno", "disr"]
 */
export function rulePrefixes(re: RegExp): string[] | null {
  const out: string[] = [];
  for (const branch of splitTop(re.source)) {
    if (!branch.startsWith("\\b")) return null;
    const rest = branch.slice(2);
    if (!leadingWords(rest, out, 0)) return null;
  }
  return out.length === 0 ? null : [...new Set(out)];
}

// Collects the leading word prefix of every way `s` can start; false when one has none.
function leadingWords(s: string, out: string[], depth: number): boolean {
  if (s.startsWith("(?:")) {
    const alts = groupAlternatives(s);
    return alts !== null && depth < 3 && alts.every((alt) => leadingWords(alt, out, depth + 1));
  }
  const lit = /^[a-z][a-z' -]*/.exec(s)?.[0] ?? "";
  // A quantifier right after the literal could make its last letter optional.
  const next = s[lit.length];
  const safe = next === "?" || next === "*" || next === "{" ? lit.slice(0, -1) : lit;
  const word = (safe.split(/[' -]/)[0] ?? "").slice(0, PREFIX);
  if (word.length < 2) return false;
  out.push(word);
  return true;
}

/** Longest prefix used; text words are indexed by all their prefixes up to this length. */
const PREFIX = 4;

/**
 * The set of word prefixes (2..4 ASCII characters) of a lower-cased text, for `rulePrefixes`.
 *
 * @example
 * wordPrefixes("Ignore it").has("ig") // false (lower-case the text first); wordPrefixes("ignore").has("igno") // true
 */
export function wordPrefixes(text: string): Set<string> {
  const words = new Set(text.match(ASCII_WORD));
  const set = new Set<string>();
  for (const w of words) for (let n = 2; n <= Math.min(PREFIX, w.length); n++) set.add(w.slice(0, n));
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

/** Alternatives of a leading `(?:...)` group, or null if the group is optional. */
function groupAlternatives(s: string): string[] | null {
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
      if (after === "?" || after === "*" || (after === "{" && s[i + 2] === "0")) return null;
      return splitTop(s.slice(3, i));
    }
  }
  return null;
}
