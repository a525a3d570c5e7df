import type { Provider } from "../../ports/Provider.js";
import type { Exemption } from "../../ports/StateStore.js";
import type { Alert } from "../alert.js";
import type { Decision, Incident } from "../incident.js";
import { matchPolicies } from "../policy/matchPolicy.js";
import type { Policy } from "../policy/policySchema.js";
import { audit } from "./audit.js";
import { decide } from "./decide.js";
import { type EngineOptions, resolveOptions } from "./engineOptions.js";
import { buildPlan } from "./plan.js";

/**
 * The incident's overall status from its decisions.
 *
 * @example
 * incidentStatus("apply", incident.decisions); // "completed" | "failed" | "awaiting-approval" | ...
 */
export function incidentStatus(mode: Incident["mode"], decisions: readonly Decision[]): Incident["status"] {
  if (decisions.length === 0) return "no-match";
  if (mode === "dry-run") return "dry-run";
  if (decisions.some((d) => d.outcome === "failed")) return "failed";
  if (decisions.some((d) => d.outcome === "awaiting-approval")) return "awaiting-approval";
  return "completed";
}

/**
 * Answers one alert: matches the policies, plans their actions, runs every guardrail, and in
 * `apply` mode acts, verifies and audits. Returns the `Incident` (stored in apply mode; a dry-run
 * writes nothing at all). Only firing alerts act; a resolved one may notify.
 *
 * @example
 * const incident = await respond(alert, loadPolicies(text, file), provider, { mode: "apply", initiator: "cli:alice" });
 * incident.decisions[0]?.outcome; // "executed" | "skipped:duplicate" | ...
 */
export async function respond(
  alert: Alert,
  policies: readonly Policy[],
  provider: Provider,
  options: EngineOptions = {},
): Promise<Incident> {
  const opts = resolveOptions(options);
  const createdAt = opts.now();
  const id = opts.newId(createdAt);
  const matched = matchPolicies(alert, policies);
  const groups = await buildPlan(alert, matched, provider, opts);
  if (opts.mode === "apply") {
    await audit(provider, {
      at: createdAt,
      incidentId: id,
      phase: "note",
      actionKey: null,
      event: "opened",
      detail: {
        alertId: alert.alertId,
        alertName: alert.alertName,
        state: alert.state,
        policies: matched.map((p) => p.name),
        initiator: opts.initiator,
      },
    });
  }
  // A lookup that fails blocks every action: acting without knowing the exemptions is acting on doubt.
  let humanExemptions: Exemption[] = [];
  let lookupError: string | null = null;
  try {
    if (groups.length > 0) humanExemptions = await provider.state.listExemptions(createdAt);
  } catch (error) {
    lookupError = `reading exemptions failed: ${(error as Error).message}`;
  }
  const decisions: Decision[] = [];
  const stopped = new Set<string>();
  for (const group of groups) {
    const blocked = lookupError ? { ...group, error: { code: "LookupFailed", message: lookupError } } : group;
    for (const planned of group.planned) {
      const decision = await decide({
        planned,
        group: blocked,
        alert,
        provider,
        incidentId: id,
        opts,
        stopped: stopped.has(group.policy.name),
        humanExemptions,
        approved: false,
      });
      decisions.push(decision);
      if (decision.outcome === "failed" && group.policy.guardrails.onError === "stop") stopped.add(group.policy.name);
    }
  }
  const incident: Incident = {
    id,
    alert,
    policies: matched.map((p) => p.name),
    plan: groups.flatMap((g) => g.planned),
    decisions,
    mode: opts.mode,
    initiator: opts.initiator,
    status: incidentStatus(opts.mode, decisions),
    createdAt,
    updatedAt: opts.now(),
  };
  if (opts.mode === "apply") {
    await provider.state.putIncident(incident);
    await audit(provider, {
      at: incident.updatedAt,
      incidentId: id,
      phase: "note",
      actionKey: null,
      event: "closed",
      detail: { status: incident.status },
    });
  }
  return incident;
}
