import type { BlockedPrompt } from "@airr/core";

/**
 * The simulated application gateway's reading of the blocklist. `normalized` entries match
 * after Unicode NFKC folding, lower-casing, removing zero-width characters and collapsing
 * whitespace; `exact` entries match the prompt text as is; `regex` entries as a JavaScript regex.
 */
export function normalizeForBlocklist(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The blocklist entry that blocks this prompt, or null. */
export function blockedBy(prompt: string, entries: readonly BlockedPrompt[]): BlockedPrompt | null {
  const normalized = normalizeForBlocklist(prompt);
  for (const entry of entries) {
    if (entry.match === "exact" && prompt.includes(entry.pattern)) return entry;
    if (entry.match === "normalized" && normalized.includes(normalizeForBlocklist(entry.pattern))) return entry;
    if (entry.match === "regex" && new RegExp(entry.pattern, "u").test(prompt)) return entry;
  }
  return null;
}
