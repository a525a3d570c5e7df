import picomatch from "picomatch";
import type { Exemption, StateStore } from "../../ports/StateStore.js";
import type { Alert } from "../alert.js";
import { addDuration, parseDuration } from "../duration.js";
import type { PlannedAction } from "../incident.js";
import type { Policy } from "../policy/policySchema.js";

/** Scope of a policy's cooldown on one target. */
export const cooldownScope = (policy: string, target: string) => `policy:${policy}|target:${target}`;
export const targetScope = (target: string) => `target:${target}`;
export const policyScope = (policy: string) => `policy:${policy}`;

const labelMatches = (spec: string, alert: Alert) => {
  const eq = spec.indexOf("=");
  return eq > 0 && alert.labels[spec.slice(0, eq)] === spec.slice(eq + 1);
};

/**
 * Why this action must not touch its target, or null: a policy `exempt` rule in force (target
 * glob or alert label), or an exemption a human put in the StateStore (`target` or `label:k=v`).
 */
export function findExemption(
  planned: PlannedAction,
  alert: Alert,
  policy: Policy,
  humanExemptions: readonly Exemption[],
  now: string,
): string | null {
  const nowMs = Date.parse(now);
  for (const rule of policy.guardrails.exempt) {
    if (Date.parse(rule.until) <= nowMs) continue;
    const hit =
      rule.target !== undefined
        ? picomatch.isMatch(planned.target, rule.target, { dot: true })
        : labelMatches(rule.label ?? "", alert);
    if (hit) return `exempt by policy (${rule.target ?? rule.label}) until ${rule.until}: ${rule.reason}`;
  }
  for (const exemption of humanExemptions) {
    if (Date.parse(exemption.until) <= nowMs) continue;
    const hit = exemption.target.startsWith("label:")
      ? labelMatches(exemption.target.slice(6), alert)
      : exemption.target === planned.target;
    if (hit) return `exempted by ${exemption.by} until ${exemption.until}: ${exemption.reason}`;
  }
  return null;
}

/** Which rate guardrail forbids acting now, and why. */
export interface RateLimit {
  outcome: "skipped:cooldown" | "skipped:max-actions";
  reason: string;
}

/** Why a cooldown or `maxActions` window forbids acting now, or null. Reads only. */
export async function rateLimited(
  planned: PlannedAction,
  policy: Policy,
  state: StateStore,
  now: string,
): Promise<RateLimit | null> {
  const { cooldown, maxActions } = policy.guardrails;
  if (cooldown !== undefined) {
    const until = await state.getCooldown(cooldownScope(policy.name, planned.target));
    if (until !== null && Date.parse(until) > Date.parse(now))
      return { outcome: "skipped:cooldown", reason: `cooldown (${cooldown}) until ${until}` };
  }
  if (maxActions !== undefined) {
    const since = addDuration(now, -(parseDuration(maxActions.window) ?? 0));
    if (maxActions.perTarget !== undefined) {
      const count = await state.countActions(targetScope(planned.target), since);
      if (count >= maxActions.perTarget) {
        return {
          outcome: "skipped:max-actions",
          reason: `maxActions.perTarget ${maxActions.perTarget} reached for ${planned.target} in the last ${maxActions.window}`,
        };
      }
    }
    if (maxActions.perPolicy !== undefined) {
      const count = await state.countActions(policyScope(policy.name), since);
      if (count >= maxActions.perPolicy) {
        return {
          outcome: "skipped:max-actions",
          reason: `maxActions.perPolicy ${maxActions.perPolicy} reached in the last ${maxActions.window}`,
        };
      }
    }
  }
  return null;
}

/** After a verified success: start the cooldown and count the action in its windows. */
export async function recordSuccess(
  planned: PlannedAction,
  policy: Policy,
  state: StateStore,
  now: string,
): Promise<void> {
  if (policy.guardrails.cooldown !== undefined) {
    await state.setCooldown(cooldownScope(policy.name, planned.target), addDuration(now, policy.guardrails.cooldown));
  }
  await state.recordAction(targetScope(planned.target), now);
  await state.recordAction(policyScope(policy.name), now);
}
