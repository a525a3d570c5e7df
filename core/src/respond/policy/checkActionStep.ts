import { z } from "zod";
import type { Registry } from "../../registry.js";
import type { Action } from "../actions/action.js";
import { isTemplated, templateProblems } from "./template.js";
import type { DocPath } from "./yamlLocator.js";

type Report = (path: DocPath, message: string, hint: string, key?: boolean) => void;

/** Every templated string in `value`, with its path (relative to `value`). */
function templatedStrings(value: unknown, path: DocPath = []): { path: DocPath; text: string }[] {
  if (typeof value === "string") return isTemplated(value) ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => templatedStrings(v, [...path, i]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => templatedStrings(v, [...path, k]));
  }
  return [];
}

/** Replaces each `${...}` with a plain word, so the parameter schema can check everything else. */
function withSampleValues(value: unknown): unknown {
  if (typeof value === "string") return value.replace(/\$\{[^}]*\}/g, "x");
  if (Array.isArray(value)) return value.map(withSampleValues);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSampleValues(v)]));
  }
  return value;
}

/**
 * Checks one `actions[i]` entry: the action exists (else lists the valid ones), every template
 * variable is known, and the parameters fit the action's schema (templated values, whose real
 * value is only known when an alert arrives, are checked as strings).
 */
export function checkActionStep(step: unknown, at: DocPath, registry: Registry<Action>, report: Report): void {
  if (step === null || typeof step !== "object") return;
  const { action: name, params } = step as { action?: unknown; params?: unknown };
  if (typeof name !== "string") return;
  if (!registry.has(name)) {
    report([...at, "action"], `unknown action "${name}"`, `valid actions: ${registry.keys().sort().join(", ")}`);
    return;
  }
  const templated = templatedStrings(params ?? {});
  for (const { path, text } of templated) {
    for (const problem of templateProblems(text)) {
      report(
        [...at, "params", ...path],
        problem,
        "variables: alert.<field> (alertName, alertId, resourceId, severity, ...), alert.labels.<key>, policy.name; filters: basename, lower, upper",
      );
    }
  }
  const action = registry.get(name);
  const result = action.params.safeParse(withSampleValues(params ?? {}));
  if (result.success) return;
  const templatedPaths = new Set(templated.map((t) => t.path.join(".")));
  const shape = action.params instanceof z.ZodObject ? Object.keys(action.params.shape) : [];
  for (const issue of result.error.issues) {
    const path = issue.path as (string | number)[];
    if (templatedPaths.has(path.join("."))) continue;
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        report(
          [...at, "params", ...path, key],
          `unknown parameter "${key}" for ${name}`,
          `parameters of ${name}: ${shape.join(", ")}`,
          true,
        );
      }
      continue;
    }
    const missing =
      issue.code === "invalid_type" && path.length === 1 && !(String(path[0]) in ((params as object) ?? {}));
    report(
      [...at, "params", ...path],
      missing ? `${name} needs parameter "${String(path[0])}"` : `${name}: ${issue.message}`,
      `parameters of ${name}: ${shape.join(", ")}`,
    );
  }
}
