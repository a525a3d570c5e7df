import { createHmac } from "node:crypto";

/**
 * A stable, non-reversible id for a model input: HMAC-SHA-256 keyed by a secret salt, base64url,
 * first 22 characters (132 bits). A plain hash of the input would be an id anyone can recompute
 * from a guessed input (emails, card numbers); the keyed HMAC cannot be recomputed without the salt.
 *
 * @example
 * inputId("a-secret-salt-of-16+chars", { amount: 12 }); // "q2V…" (22 chars)
 */
export function inputId(salt: string, input: unknown): string {
  const text = typeof input === "string" ? input : stableJson(input);
  return createHmac("sha256", salt).update(text).digest("base64url").slice(0, 22);
}

// Key order must not change the id of the same object, so objects are serialized with sorted keys.
function stableJson(value: unknown): string {
  if (typeof value === "bigint") return `${value}n`;
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? String(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(",")}}`;
}
