/**
 * A sound, cheap pre-check for a rule regex: the word prefixes one of which must start a word
 * of the text for the regex to have any chance of matching. Derived from sources shaped
 * `\b(?:alt1|alt2|...)…` (each top-level branch): an alternative's leading ASCII literal, cut to
 * at most 6 characters, must begin some ASCII word of the text. Rules of any other shape get
 * `null` (always run). Hand-written: it reads only the subset of regex syntax our rules use,
 * and the tests check that it never changes a verdict.
 *
 * @example
 * rulePrefixes(/\b(?:ignore|disregard)\b.{0,9}rules/u) // ["ignore", "disreg"]
 */
export function rulePrefixes(re: RegExp): string[] | null {
  const out: string[] = [];
  for (const branch of splitTop(re.source)) {
    if (!branch.startsWith("\\b")) return null;
    const rest = branch.slice(2);
    const alts = rest.startsWith("(?:") ? groupAlternatives(rest) : [rest];
    if (alts === null) return null;
    for (const alt of alts) {
      const lit = /^[a-z][a-z' -]*/.exec(alt)?.[0] ?? "";
      // A quantifier right after the literal could make its last letter optional.
      const next = alt[lit.length];
      const safe = next === "?" || next === "*" || next === "{" ? lit.slice(0, -1) : lit;
      const word = (safe.split(/[' -]/)[0] ?? "").slice(0, PREFIX);
      if (word.length < 2) return null;
      out.push(word);
    }
  }
  return out.length === 0 ? null : [...new Set(out)];
}

/** Longest prefix used; text words are indexed by all their prefixes up to this length. */
const PREFIX = 6;

/** The set of word prefixes (2..6 ASCII letters) of a lower-cased text, for `rulePrefixes`. */
export function wordPrefixes(text: string): Set<string> {
  const set = new Set<string>();
  for (const m of text.matchAll(ASCII_WORD)) {
    const w = m[0];
    for (let n = 2; n <= Math.min(PREFIX, w.length); n++) set.add(w.slice(0, n));
  }
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
