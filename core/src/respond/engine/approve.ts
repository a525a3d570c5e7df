import type { Provider } from "../../ports/Provider.js";
import type { Decision, Incident } from "../incident.js";
import type { Policy } from "../policy/policySchema.js";
import { audit } from "./audit.js";
import { paramsHash } from "./canonical.js";
import { decide } from "./decide.js";
import { EngineError } from "./engineErrors.js";
import { type EngineOptions, resolveOptions } from "./engineOptions.js";
import { incidentStatus } from "./respond.js";

export interface ApproveOptions extends EngineOptions {
  /** Approve only this action key (default: every action awaiting approval). */
  actionKey?: string;
  /** Who approves, recorded in the approval and the audit log. */
  approvedBy?: string;
}

export interface ApproveResult {
  incident: Incident;
  /** The new decisions of the approved actions (dry-run: what would happen). */
  decisions: Decision[];
}

/**
 * Loads an incident or throws `IncidentNotFound`.
 *
 * @example
 * const incident = await loadIncident(provider, "inc-20260131T120000Z-3f2a1b");
 */
export async function loadIncident(provider: Provider, incidentId: string): Promise<Incident> {
  const incident = await provider.state.getIncident(incidentId);
  if (!incident) {
    throw new EngineError("IncidentNotFound", `no incident "${incidentId}"`, {
      hint: "list incidents with `airr incidents list`",
    });
  }
  return incident;
}

/**
 * Approves actions that wait for approval and, in apply mode, runs them through every other
 * guardrail. The approval is bound to the action key AND its parameters hash: it releases exactly
 * that change and nothing else.
 *
 * @example
 * await approve("inc-20260131T120000Z-3f2a1b", policies, provider, { mode: "apply", approvedBy: "alice" });
 */
export async function approve(
  incidentId: string,
  policies: readonly Policy[],
  provider: Provider,
  options: ApproveOptions = {},
): Promise<ApproveResult> {
  const opts = resolveOptions(options);
  const incident = await loadIncident(provider, incidentId);
  const waiting = incident.decisions.filter((d) => d.outcome === "awaiting-approval");
  const pending = waiting.filter((d) => options.actionKey === undefined || d.action.key === options.actionKey);
  if (pending.length === 0) {
    throw new EngineError(
      "NothingToApprove",
      `incident ${incidentId} has no action ${options.actionKey ? `"${options.actionKey}" ` : ""}awaiting approval`,
      {
        hint:
          waiting.length > 0
            ? `awaiting: ${waiting.map((d) => d.action.key).join(", ")}`
            : "see `airr incidents show ID`",
      },
    );
  }
  const now = opts.now();
  const by = options.approvedBy ?? opts.initiator;
  const decisions: Decision[] = [];
  for (const old of pending) {
    const planned = old.action;
    if (paramsHash(planned.action, planned.target, planned.params) !== planned.paramsHash) {
      throw new EngineError("ApprovalMismatch", `the stored parameters of ${planned.key} no longer match their hash`, {
        hint: "the incident record was altered; respond to the alert again",
      });
    }
    const policy = policies.find((p) => p.name === planned.policy);
    if (!policy) {
      throw new EngineError(
        "PolicyNotFound",
        `policy "${planned.policy}" of ${planned.key} is not in the policy file`,
        {
          hint: "approve with the policy file the incident was created with (--policy FILE)",
        },
      );
    }
    if (opts.mode === "apply") {
      await provider.state.putApproval({
        incidentId,
        actionKey: planned.key,
        paramsHash: planned.paramsHash,
        approvedBy: by,
        at: now,
      });
      await audit(provider, {
        at: now,
        incidentId,
        phase: "note",
        actionKey: planned.key,
        event: "approved",
        detail: { by, paramsHash: planned.paramsHash },
      });
    }
    const approvals = opts.mode === "apply" ? await provider.state.listApprovals(incidentId) : [];
    const approved =
      opts.mode === "dry-run" ||
      approvals.some((a) => a.actionKey === planned.key && a.paramsHash === planned.paramsHash);
    const decision = await decide({
      planned,
      group: {
        policy,
        step: -1,
        action: opts.actions.get(planned.action),
        planned: [planned],
        error: null,
        blastRadius: null,
      },
      alert: incident.alert,
      provider,
      incidentId,
      opts,
      stopped: false,
      humanExemptions: await provider.state.listExemptions(now),
      approved,
    });
    decisions.push(decision);
  }
  if (opts.mode === "dry-run") return { incident, decisions };
  const replaced = incident.decisions.map(
    (d) => decisions.find((n) => n.action.key === d.action.key && d.outcome === "awaiting-approval") ?? d,
  );
  const updated: Incident = {
    ...incident,
    decisions: replaced,
    status: incidentStatus("apply", replaced),
    updatedAt: opts.now(),
  };
  await provider.state.putIncident(updated);
  return { incident: updated, decisions };
}
