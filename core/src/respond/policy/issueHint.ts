import type { z } from "zod";
import { KEYS_BY_SECTION } from "./policySchema.js";
import type { DocPath } from "./yamlLocator.js";

/** Which kind of object a path points into, for "valid keys" hints. */
export function sectionOf(path: DocPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === "number") {
      const parent = path[i - 1];
      if (parent === "actions" || parent === "exempt") return parent;
      if (parent === "policies" || i === 0) return "policy";
      continue;
    }
    if (segment !== undefined && segment in KEYS_BY_SECTION && segment !== "policy" && segment !== "list")
      return segment;
  }
  return "policy";
}

/** For `x | x[]` fields, the issue of the single-value branch says more than "Invalid input". */
function unwrap(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== "invalid_union") return issue;
  return issue.errors[0]?.[0] ?? issue;
}

/** A message naming the value received, e.g. `invalid value "urgent"`. */
export function issueMessage(issue: z.core.$ZodIssue, received: unknown): string {
  const inner = unwrap(issue);
  if (inner.code === "invalid_value" || issue.code === "invalid_union")
    return `invalid value ${JSON.stringify(received)}`;
  return inner.message;
}

/** A short, specific fix for one zod issue. */
export function issueHint(outer: z.core.$ZodIssue, path: DocPath, missing: boolean): string {
  const last = path[path.length - 1];
  if (missing) return `add "${String(last)}"`;
  const issue = unwrap(outer);
  switch (issue.code) {
    case "unrecognized_keys":
      return `valid keys here: ${(KEYS_BY_SECTION[sectionOf(path)] ?? []).join(", ")}`;
    case "invalid_value":
      return `use one of: ${issue.values.map((v) => String(v)).join(", ")}`;
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_union":
      return `expected a single value or a list of values`;
    case "too_small":
      return issue.origin === "array" ? "add at least one entry" : `must be at least ${String(issue.minimum)}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}`;
    case "invalid_format":
      if (issue.format === "datetime") return "write an ISO-8601 time like 2026-12-31T00:00:00Z";
      return last === "name" ? "use lower-case letters, digits and dashes, e.g. model-drift-rollback" : issue.message;
    default:
      return String(last) === "cooldown" || String(last) === "window"
        ? "write a duration like 30s, 15m, 1h or 7d"
        : "see the policy format in README.md";
  }
}
