import { stringify } from "yaml";
import type { Policy } from "../respond/policy/policySchema.js";
import { loadPolicies } from "../respond/policy/validatePolicies.js";
import { RUNBOOK_PHASES, type Runbook, type RunbookStep } from "./RunbookSchema.js";
import { RunbookError } from "./runbookErrors.js";

/** The alert name a runbook run raises; its policies match only this name. */
export const runbookAlertName = (runbook: string) => `runbook:${runbook}`;

const INPUT_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The automated steps of a runbook, in phase order (optionally only `only`). */
export function automatedSteps(runbook: Runbook, only?: string): RunbookStep[] {
  const steps = RUNBOOK_PHASES.flatMap((p) => runbook.phases[p]).filter((s) => s.automation?.action !== undefined);
  if (only === undefined) return steps;
  const step = steps.find((s) => s.id === only);
  if (step === undefined) {
    throw new RunbookError("UnknownStep", `runbook ${runbook.name} has no automated step "${only}"`, {
      where: "--step",
      hint: `automated steps: ${steps.map((s) => s.id).join(", ")}`,
    });
  }
  return [step];
}

function fill(value: unknown, values: Record<string, string>, missing: Set<string>): unknown {
  if (typeof value === "string") {
    return value.replace(INPUT_REFERENCE, (whole, name: string) => {
      const v = values[name];
      if (v === undefined) missing.add(name);
      return v ?? whole;
    });
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, values, missing));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, values, missing)]));
  }
  return value;
}

/**
 * Turns a runbook's automated steps into response policies (one per step, in order) with the
 * target and inputs filled in, validated like any policy file. The engine then runs them with
 * every guardrail. Throws `RunbookError` before anything runs when an input is missing or a value
 * could be read as a template.
 *
 * @example
 * const policies = runbookPolicies(runbook, { target: "llm-api-key", inputs: {} });
 */
export function runbookPolicies(
  runbook: Runbook,
  options: { target: string; inputs: Record<string, string>; step?: string },
): Policy[] {
  const values = { ...options.inputs, target: options.target };
  for (const [name, value] of Object.entries(values)) {
    // The engine expands ${...} in parameters; a value carrying one must not become a template.
    if (value.includes("${")) {
      throw new RunbookError("InvalidInput", `the value of ${name} contains "\${"`, {
        where: name === "target" ? "--target" : `--set ${name}`,
        hint: "pass the literal value, without a dollar-brace template",
      });
    }
  }
  const missing = new Set<string>();
  const policies = automatedSteps(runbook, options.step).map((step) => ({
    name: `rb-${runbook.name}-${step.id}`.slice(0, 63),
    description: `${runbook.title}: ${step.title} (runbook step ${step.id})`,
    match: { alertName: runbookAlertName(runbook.name) },
    actions: [{ action: step.automation?.action, params: fill(step.automation?.params ?? {}, values, missing) }],
    guardrails: { requireApproval: step.automation?.requireApproval ?? false, blastRadius: { maxTargets: 1 } },
  }));
  if (missing.size > 0) {
    const names = [...missing].sort();
    throw new RunbookError("MissingInput", `runbook ${runbook.name} needs ${names.join(", ")}`, {
      where: "--set",
      hint: names
        .map((n) => `--set ${n}=VALUE (${runbook.inputs.find((i) => i.name === n)?.description ?? "input"})`)
        .join("; "),
    });
  }
  return loadPolicies(
    stringify({ apiVersion: "airr/v1", kind: "PolicyList", policies }),
    `runbooks/${runbook.name}.yaml`,
  );
}
