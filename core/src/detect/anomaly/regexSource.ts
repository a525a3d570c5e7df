/**
 * Readers of regex source text for the rule prefilters (`ruleAnchors`, `requiredAnchors`). They
 * understand only the subset of syntax the rules use and answer conservatively otherwise; the
 * property tests check every rule's anchored runs against plain scans.
 */

// The literal text `s` starts with (up to its first metacharacter; `\n`, `\t` and escaped
// punctuation read as the characters they stand for), without a quantified last character.
export function literalAt(s: string): string {
  let lit = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === "\\") {
      const e = s[i + 1] ?? "";
      const char = e === "n" ? "\n" : e === "t" ? "\t" : /^[^A-Za-z0-9]$/.test(e) ? e : null;
      if (char === null) break;
      lit += char;
      i += 2;
    } else if ("()[]{}|?*+.^$".includes(c)) break;
    else {
      lit += c;
      i++;
    }
  }
  return dropQuantified(lit, s[i]);
}

// An ASCII character other than a letter: one that `i` matches only as itself.
export function caseless(c: string): boolean {
  return c.length === 1 && c.charCodeAt(0) < 128 && !/[A-Za-z]/.test(c);
}

// The characters of a leading class of plain characters (`["'«]`, surely one of them), or null.
export function classAt(s: string): string[] | null {
  const m = /^\[([^\]\\^-]+)\]/.exec(s);
  const next = s[m?.[0].length ?? 0];
  if (m === null || next === "?" || next === "*" || next === "{") return null;
  return [...(m[1] as string)];
}

// A quantifier right after a literal could make its last character optional.
export function dropQuantified(lit: string, next: string | undefined): string {
  return next === "?" || next === "*" || next === "{" ? [...lit].slice(0, -1).join("") : lit;
}

export function splitTop(source: string): string[] {
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

export function skipLookbehind(branch: string): string {
  if (!branch.startsWith("(?<!") && !branch.startsWith("(?<=")) return branch;
  const end = groupEnd(branch, 0);
  return end < 0 ? branch : branch.slice(end);
}

/**
 * Just past the `)` that closes the group opening at `i` (escapes and character classes
 * skipped), or -1 when no `)` brings the nesting back to where it was.
 */
export function groupEnd(src: string, i: number): number {
  let depth = 0;
  let cls = false;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === "\\") j++;
    else if (cls) cls = c !== "]";
    else if (c === "[") cls = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return j + 1;
  }
  return -1;
}

/**
 * Alternatives of a leading `(?:...)` group, what surely follows one of them (`after`: null when
 * the group repeats, "" when it ends `s`), and when the group is optional (`?`), what follows it
 * (`rest`); null for `*` or `{0,n}` groups.
 */
export function groupAlternatives(s: string): { alts: string[]; rest: string | null; after: string | null } | null {
  const end = groupEnd(s, 0);
  if (end < 0) return null;
  const next = s[end];
  if (next === "*" || (next === "{" && s[end + 1] === "0")) return null;
  const alts = splitTop(s.slice(3, end - 1));
  if (next === "?") {
    const rest = s.slice(s[end + 1] === "?" ? end + 2 : end + 1);
    return { alts, rest, after: rest };
  }
  const quantified = next === "+" || next === "{";
  return { alts, rest: null, after: quantified ? null : s.slice(end) };
}
