import type { BlockedPrompt } from "../../ports/PromptBlocklist.js";
import { normalizeText } from "./normalizeText.js";

/** A compiled blocklist entry. */
interface Compiled {
  entry: BlockedPrompt;
  test: (raw: string, key: string) => boolean;
}

// Long regex input is capped so a user-supplied pattern cannot stall the request path.
const REGEX_INPUT_CAP = 8192;
// Nested quantifiers such as (a+)+ are the classic catastrophic-backtracking shape.
const NESTED_QUANTIFIER = /\([^()+*}]*[+*}][^()]*\)[+*{]/;

/**
 * The comparison key for `normalized` entries: normalized text (homoglyphs, invisibles,
 * leetspeak, spacing folded) with everything but letters and digits removed, so obfuscated
 * variants of a blocked prompt produce the same key.
 *
 * @example
 * blockKey("1gn0re  ALL previous instructions!") === blockKey("ignore all previous instructions") // true
 */
export function blockKey(text: string): string {
  return normalizeText(text).text.replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Compiles blocklist entries once per refresh. `exact` compares trimmed text, `normalized`
 * compares keys (or containment, for keys of 16+ characters, so the blocked prompt wrapped in
 * other text still matches), `regex` runs case-insensitively on raw and normalized text;
 * regexes with nested quantifiers or that fail to compile are skipped and reported.
 *
 * @example
 * const m = compileBlocklist([{ id: "b1", pattern: "say pwned", match: "normalized", reason: "", addedAt: "", incidentId: null }]);
 * m.match("S4Y   pwned")?.entry.id // "b1"
 */
export function compileBlocklist(entries: readonly BlockedPrompt[]): {
  match: (raw: string) => Compiled | null;
  skipped: string[];
} {
  const compiled: Compiled[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    if (entry.match === "exact") {
      const want = entry.pattern.trim();
      compiled.push({ entry, test: (raw) => raw.trim() === want });
    } else if (entry.match === "normalized") {
      const want = blockKey(entry.pattern);
      if (want === "") skipped.push(`${entry.id}: pattern is empty after normalization`);
      else compiled.push({ entry, test: (_raw, key) => (want.length >= 16 ? key.includes(want) : key === want) });
    } else {
      if (NESTED_QUANTIFIER.test(entry.pattern)) {
        skipped.push(`${entry.id}: regex has nested quantifiers (ReDoS risk)`);
        continue;
      }
      try {
        const re = new RegExp(entry.pattern, "iu");
        compiled.push({
          entry,
          test: (raw) =>
            re.test(raw.slice(0, REGEX_INPUT_CAP)) || re.test(normalizeText(raw.slice(0, REGEX_INPUT_CAP)).text),
        });
      } catch {
        skipped.push(`${entry.id}: invalid regex`);
      }
    }
  }
  return {
    match: (raw) => {
      if (compiled.length === 0) return null;
      const key = blockKey(raw);
      return compiled.find((c) => c.test(raw, key)) ?? null;
    },
    skipped,
  };
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const BLOCKLIST_MATCHER_PATTERNS: readonly RegExp[] = [NESTED_QUANTIFIER];
