import { AirrError } from "../../errors.js";
import type { Provider } from "../../ports/Provider.js";
import type { Action } from "../actions/action.js";
import { listOrThrow } from "../actions/action.js";
import { ActionError } from "../actions/actionErrors.js";
import type { Alert } from "../alert.js";
import type { PlannedAction } from "../incident.js";
import type { Policy } from "../policy/policySchema.js";
import { renderParams, TemplateValueMissing } from "../policy/template.js";
import { actionKey, paramsHash } from "./canonical.js";
import type { ResolvedOptions } from "./engineOptions.js";

/** One action step of one matched policy, expanded to its targets. */
export interface PlanGroup {
  policy: Policy;
  step: number;
  action: Action | null;
  planned: PlannedAction[];
  /** Why the step could not be planned (template, parameters, lookup): its decision fails. */
  error: { code: string; message: string } | null;
  /** Why the step exceeds its blast radius: all its targets are skipped. */
  blastRadius: string | null;
}

function planned(
  alert: Alert,
  policy: Policy,
  action: string,
  target: string,
  params: Record<string, unknown>,
): PlannedAction {
  return {
    key: actionKey(alert, action, target),
    policy: policy.name,
    action,
    target,
    params,
    paramsHash: paramsHash(action, target, params),
  };
}

function asError(error: unknown): { code: string; message: string } {
  if (error instanceof TemplateValueMissing) return { code: "TemplateValueMissing", message: error.message };
  if (error instanceof AirrError) return { code: error.code, message: error.message };
  return { code: "LookupFailed", message: error instanceof Error ? error.message : String(error) };
}

async function blastRadius(group: PlanGroup, provider: Provider): Promise<string | null> {
  const { maxTargets, maxPercent } = group.policy.guardrails.blastRadius;
  const count = group.planned.length;
  if (count > maxTargets) return `${count} targets exceed blastRadius.maxTargets ${maxTargets}`;
  if (maxPercent === undefined || group.action === null) return null;
  const action = group.action;
  const known = await listOrThrow(action.name, () => action.knownTargets(provider));
  if (known.length === 0) return null;
  const percent = (100 * count) / known.length;
  return percent > maxPercent
    ? `${count} of ${known.length} known targets (${percent.toFixed(1)}%) exceed blastRadius.maxPercent ${maxPercent}`
    : null;
}

/**
 * Expands each matched policy's action steps into planned actions: templates rendered from the
 * alert, parameters validated, targets resolved (globs expanded over the provider's `list()`),
 * blast radius measured. A step that cannot be planned is kept with its error, never dropped.
 */
export async function buildPlan(
  alert: Alert,
  policies: readonly Policy[],
  provider: Provider,
  opts: ResolvedOptions,
): Promise<PlanGroup[]> {
  const groups: PlanGroup[] = [];
  for (const policy of policies) {
    for (const [step, spec] of policy.actions.entries()) {
      const group: PlanGroup = { policy, step, action: null, planned: [], error: null, blastRadius: null };
      groups.push(group);
      try {
        const action = opts.actions.get(spec.action);
        group.action = action;
        const rendered = renderParams(spec.params, alert, policy.name) as Record<string, unknown>;
        const parsed = action.params.safeParse(rendered);
        if (!parsed.success) {
          throw new ActionError(
            "InvalidParams",
            `${action.name}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
          );
        }
        const targets = await action.resolveTargets(parsed.data, provider);
        const param = action.targetParam;
        group.planned = targets.map((target) =>
          planned(
            alert,
            policy,
            action.name,
            target,
            param === null ? parsed.data : { ...parsed.data, [param]: target },
          ),
        );
        group.blastRadius = await blastRadius(group, provider);
      } catch (error) {
        group.error = asError(error);
        const target =
          typeof spec.params[group.action?.targetParam ?? ""] === "string"
            ? String(spec.params[group.action?.targetParam ?? ""])
            : "(unresolved)";
        group.planned = [planned(alert, policy, spec.action, target, spec.params)];
      }
    }
  }
  return groups;
}
