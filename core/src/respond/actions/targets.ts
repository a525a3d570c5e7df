import picomatch from "picomatch";
import { ActionError } from "./actionErrors.js";

const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * Expands a target pattern over the known targets: an exact id must exist; a glob keeps the
 * matching ids and must match at least one. Acting on a target nobody can see is acting on doubt.
 *
 * @example
 * resolveTargetPattern("rotate-secret", "llm-*", ["llm-api-key", "db-password"]); // ["llm-api-key"]
 */
export function resolveTargetPattern(action: string, pattern: string, known: readonly string[]): string[] {
  if (!GLOB_CHARS.test(pattern)) {
    if (known.includes(pattern)) return [pattern];
    throw new ActionError("TargetNotFound", `${action}: target "${pattern}" does not exist`, {
      hint: `known targets: ${known.slice(0, 20).join(", ") || "(none)"}`,
    });
  }
  const isMatch = picomatch(pattern, { dot: true });
  const matched = known.filter((id) => isMatch(id));
  if (matched.length === 0) {
    throw new ActionError("TargetNotFound", `${action}: no target matches "${pattern}"`, {
      hint: `known targets: ${known.slice(0, 20).join(", ") || "(none)"}`,
    });
  }
  return matched;
}
