import { LineCounter, type ParsedNode, parseAllDocuments } from "yaml";
import type { Registry } from "../../registry.js";
import type { Action } from "../actions/action.js";
import { actions as defaultActions } from "../actions/actions.js";
import { checkActionStep } from "./checkActionStep.js";
import { issueHint, issueMessage } from "./issueHint.js";
import { PolicyError, type PolicyProblem } from "./policyErrors.js";
import { type Policy, PolicySchema } from "./policySchema.js";
import { type DocPath, formatPath, locate, valueAt } from "./yamlLocator.js";

export interface PolicyValidation {
  policies: Policy[];
  /** Every problem found, in file order. Empty when the file is valid. */
  problems: PolicyProblem[];
}

export interface ValidateOptions {
  /** The action catalogue names are checked against (default: the built-in one). */
  actions?: Registry<Action>;
}

interface Item {
  value: unknown;
  path: DocPath;
}

/** A policy document is one Policy, a YAML list of them, or `{apiVersion, policies: [...]}`. */
function itemsOf(
  value: unknown,
  report: (path: DocPath, message: string, hint: string, key?: boolean) => void,
): Item[] {
  if (Array.isArray(value)) return value.map((v, i) => ({ value: v, path: [i] }));
  if (value === null || typeof value !== "object") {
    report([], "a policy document must be a mapping or a list", "start with `apiVersion: airr/v1` and `kind: Policy`");
    return [];
  }
  const record = value as Record<string, unknown>;
  if (!("policies" in record)) return [{ value, path: [] }];
  for (const key of Object.keys(record)) {
    if (!["apiVersion", "kind", "policies"].includes(key)) {
      report([key], `unknown key "${key}"`, "valid keys here: apiVersion, kind, policies", true);
    }
  }
  if (record.apiVersion !== "airr/v1")
    report(["apiVersion"], "apiVersion must be airr/v1", 'write "apiVersion: airr/v1"');
  if (record.kind !== undefined && record.kind !== "PolicyList")
    report(["kind"], "kind must be PolicyList", 'write "kind: PolicyList" or leave it out');
  if (!Array.isArray(record.policies)) {
    report(["policies"], "policies must be a list", "write each policy as a list item (`- name: ...`)");
    return [];
  }
  // Items of a list inherit its apiVersion and kind, so they need not repeat them.
  return record.policies.map((v, i) => ({
    value:
      v !== null && typeof v === "object" && !Array.isArray(v) ? { apiVersion: "airr/v1", kind: "Policy", ...v } : v,
    path: ["policies", i],
  }));
}

/**
 * Parses and validates a policy file (YAML, `apiVersion: airr/v1`), returning every valid
 * policy and EVERY problem (file, line, column, path, message, hint), never only the first.
 *
 * @example
 * const { policies, problems } = validatePolicies(readFileSync(file, "utf8"), file);
 * for (const p of problems) console.error(formatProblem(p));
 */
export function validatePolicies(text: string, file: string, options: ValidateOptions = {}): PolicyValidation {
  const registry = options.actions ?? defaultActions;
  const lineCounter = new LineCounter();
  const problems: PolicyProblem[] = [];
  const policies: Policy[] = [];
  const names = new Map<string, number>();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      problems.push({
        file,
        line: pos.line,
        column: pos.col,
        path: "",
        message: `YAML: ${error.message.split("\n")[0]}`,
        hint: "fix the YAML syntax (indentation, quotes, a colon after each key, no duplicate keys)",
      });
    }
    if (doc.errors.length > 0) continue;
    const root = doc.contents as ParsedNode | null;
    const report = (path: DocPath, message: string, hint: string, key = false) => {
      problems.push({ file, ...locate(root, lineCounter, path, key), path: formatPath(path), message, hint });
    };
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) continue;
    for (const item of itemsOf(value, report)) {
      const parsed = PolicySchema.safeParse(item.value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const path = [...item.path, ...(issue.path as (string | number)[])];
          const missing = issue.code === "invalid_type" && valueAt(value, path) === undefined;
          if (issue.code === "unrecognized_keys") {
            for (const key of issue.keys)
              report([...path, key], `unknown key "${key}"`, issueHint(issue, path, false), true);
          } else {
            const message = missing
              ? `missing required key "${String(path[path.length - 1])}"`
              : issueMessage(issue, valueAt(value, path));
            report(path, message, issueHint(issue, path, missing));
          }
        }
      }
      // Check the actions even when other fields failed, so one run reports everything.
      const steps = valueAt(item.value, ["actions"]);
      if (Array.isArray(steps)) {
        for (const [i, step] of steps.entries()) checkActionStep(step, [...item.path, "actions", i], registry, report);
      }
      if (!parsed.success) continue;
      const seen = names.get(parsed.data.name);
      if (seen !== undefined) {
        report(
          [...item.path, "name"],
          `duplicate policy name "${parsed.data.name}"`,
          `names must be unique; the first is on line ${seen}`,
        );
        continue;
      }
      names.set(parsed.data.name, locate(root, lineCounter, [...item.path, "name"]).line);
      policies.push(parsed.data);
    }
  }
  if (list.length === 0 || (policies.length === 0 && problems.length === 0)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      path: "",
      message: "the file holds no policy",
      hint: "see examples/policies/ for a full example",
    });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { policies, problems };
}

/**
 * Like `validatePolicies`, but throws a `PolicyError` listing every problem when there is any.
 *
 * @example
 * const policies = loadPolicies(text, "airr-policies.yaml");
 */
export function loadPolicies(text: string, file: string, options: ValidateOptions = {}): Policy[] {
  const { policies, problems } = validatePolicies(text, file, options);
  if (problems.length > 0) throw new PolicyError(file, problems);
  return policies;
}
