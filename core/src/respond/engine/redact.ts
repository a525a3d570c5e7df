/** Keys whose values are secret material by name; the ports never return such values, this is a backstop. */
const SECRET_KEY = /(password|passphrase|secret_?value|secretvalue|private_?key|api_?key_?value|token|credential)s?$/i;

/**
 * Copies a JSON-like value with secret-named fields replaced by `[redacted]`, before it enters an
 * incident, an audit entry or a notification.
 *
 * @example
 * redact({ id: "llm-api-key", secretValue: "sk-..." }); // { id: "llm-api-key", secretValue: "[redacted]" }
 */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object" || depth > 20) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [
      key,
      SECRET_KEY.test(key) && item !== null && typeof item !== "object" ? "[redacted]" : redact(item, depth + 1),
    ]),
  );
}
