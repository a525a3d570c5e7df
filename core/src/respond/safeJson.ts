import { AlertParseError } from "./alertErrors.js";

export interface SafeJsonLimits {
  /** Largest payload accepted, in bytes (UTF-8). */
  maxBytes: number;
  /** Deepest nesting of objects and arrays accepted. */
  maxDepth: number;
}

/** 256 KiB is SNS's and EventBridge's own maximum message size; nothing legitimate is larger. */
export const DEFAULT_JSON_LIMITS: SafeJsonLimits = { maxBytes: 256 * 1024, maxDepth: 32 };

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Parses untrusted JSON (or checks an already-parsed value) before any schema sees it: rejects
 * oversized input, deep nesting and prototype-pollution keys (`__proto__`, `constructor`,
 * `prototype`). JSON.parse itself does not pollute, but the result is later spread and merged,
 * where such keys would; rejecting them at the boundary is simpler than proving every consumer safe.
 */
export function parseUntrustedJson(input: string | Uint8Array, limits = DEFAULT_JSON_LIMITS): unknown {
  const bytes = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (bytes > limits.maxBytes) {
    throw new AlertParseError("PayloadTooLarge", `payload is ${bytes} bytes, over the ${limits.maxBytes}-byte limit`, {
      hint: "send the alert itself, not a batch or an attachment; the limit matches SNS's 256 KiB",
    });
  }
  const text = typeof input === "string" ? input : Buffer.from(input).toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new AlertParseError("InvalidJson", `payload is not valid JSON: ${(cause as Error).message}`, {
      hint: "check the file is the alert's JSON body, not a log line or YAML",
      cause,
    });
  }
  assertSafeValue(value, limits);
  return value;
}

/** Checks an already-parsed value (e.g. a Lambda event) for depth and forbidden keys. */
export function assertSafeValue(value: unknown, limits = DEFAULT_JSON_LIMITS): void {
  // Iterative walk so a hostile depth cannot overflow our own stack.
  const stack: { node: unknown; depth: number; path: string }[] = [{ node: value, depth: 0, path: "$" }];
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop() as { node: unknown; depth: number; path: string };
    if (node === null || typeof node !== "object") continue;
    if (depth >= limits.maxDepth) {
      throw new AlertParseError("ValidationError", `payload nests deeper than ${limits.maxDepth} levels at ${path}`, {
        where: path,
        hint: "alerts are shallow JSON; a deeper payload is malformed or hostile",
      });
    }
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) stack.push({ node: child, depth: depth + 1, path: `${path}[${i}]` });
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) {
        throw new AlertParseError("ValidationError", `payload has a forbidden key "${key}" at ${path}`, {
          where: `${path}.${key}`,
          hint: "remove prototype keys (__proto__, constructor, prototype) from the payload",
        });
      }
      stack.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1, path: `${path}.${key}` });
    }
  }
}
