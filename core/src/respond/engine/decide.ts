import type { Provider } from "../../ports/Provider.js";
import type { Exemption } from "../../ports/StateStore.js";
import type { ActionContext } from "../actions/action.js";
import type { Alert } from "../alert.js";
import type { Decision, DecisionOutcome, PlannedAction } from "../incident.js";
import { act, errorOf } from "./act.js";
import type { ResolvedOptions } from "./engineOptions.js";
import { findExemption, rateLimited } from "./guardrails.js";
import type { PlanGroup } from "./plan.js";
import { redact } from "./redact.js";

export interface DecideInput {
  planned: PlannedAction;
  group: PlanGroup;
  alert: Alert;
  provider: Provider;
  incidentId: string;
  opts: ResolvedOptions;
  /** An earlier action of this policy failed under `onError: stop`. */
  stopped: boolean;
  humanExemptions: readonly Exemption[];
  /** A human approved exactly this key and parameters hash. */
  approved: boolean;
}

/**
 * Runs every guardrail for one planned action and, when all pass in apply mode, the action
 * itself: claim -> cooldown -> approval -> before -> audit intent -> execute -> verify -> settle.
 * Returns the decision; never throws for an expected outcome or an action failure.
 */
export async function decide(input: DecideInput): Promise<Decision> {
  const { planned, group, alert, provider, incidentId, opts } = input;
  const state = provider.state;
  const startedAt = opts.now();
  let partial: Partial<Decision> = {};
  const done = (outcome: DecisionOutcome, reason: string, extra: Partial<Decision> = {}): Decision => ({
    action: planned,
    outcome,
    reason,
    before: null,
    after: null,
    change: null,
    verification: null,
    error: null,
    startedAt,
    finishedAt: opts.now(),
    undoable: false,
    undoneAt: null,
    ...partial,
    ...extra,
  });
  const action = group.action;
  if (group.error || action === null) {
    const error = group.error ?? { code: "UnknownKey", message: `unknown action "${planned.action}"` };
    return done("failed", `not planned: ${error.message}`, { error });
  }
  if (alert.state !== "firing" && action.name !== "notify")
    return done("skipped:not-firing", `alert is ${alert.state}; only notify runs`);
  if (input.stopped)
    return done("skipped:on-error", `an earlier action of policy ${planned.policy} failed (onError: stop)`);
  const exempt = findExemption(planned, alert, group.policy, input.humanExemptions, startedAt);
  if (exempt) return done("skipped:exempt", exempt);
  if (group.blastRadius) return done("skipped:blast-radius", group.blastRadius);
  const ctx: ActionContext = { provider, alert, incidentId, key: planned.key, now: startedAt };
  const needsApproval = group.policy.guardrails.requireApproval && !input.approved;

  if (opts.mode === "dry-run") {
    try {
      // Read, never take, the claim: a dry-run writes nothing, and it answers what apply would.
      const held = await state.getClaim(planned.key);
      if (held?.settled) return done("skipped:duplicate", `already executed by ${held.owner}`);
      if (held && held.expiresAt !== null && Date.parse(held.expiresAt) > Date.parse(startedAt))
        return done("skipped:duplicate", `in progress by ${held.owner} until ${held.expiresAt}`);
      const limited = await rateLimited(planned, group.policy, state, startedAt);
      if (limited) return done(limited.outcome, limited.reason);
      const before = redact(await action.before(planned.target, planned.params, ctx));
      const change = action.describeChange(planned.target, planned.params, before);
      return done("dry-run", needsApproval ? "would wait for approval (requireApproval)" : "would execute", {
        before,
        change,
      });
    } catch (error) {
      return done("failed", `lookup failed; would not act: ${errorOf(error).message}`, { error: errorOf(error) });
    }
  }

  let claim: Awaited<ReturnType<typeof state.claim>>;
  try {
    claim = await state.claim(
      planned.key,
      incidentId,
      startedAt,
      new Date(Date.parse(startedAt) + opts.claimTtlMs).toISOString(),
    );
  } catch (error) {
    // Without a claim there is no idempotency: do not act.
    return done("failed", `claiming ${planned.key} failed; did not act: ${errorOf(error).message}`, {
      error: errorOf(error),
    });
  }
  if (!claim.claimed) {
    return done(
      "skipped:duplicate",
      claim.settled ? `already executed by ${claim.owner}` : `in progress by ${claim.owner} until ${claim.expiresAt}`,
    );
  }
  const release = () => state.release(planned.key, incidentId).catch(() => {});
  try {
    const limited = await rateLimited(planned, group.policy, state, startedAt);
    if (limited) {
      await release();
      return done(limited.outcome, limited.reason);
    }
    const before = await action.before(planned.target, planned.params, ctx);
    const change = action.describeChange(planned.target, planned.params, before);
    partial = { before: redact(before), change };
    if (needsApproval) {
      await release();
      return done(
        "awaiting-approval",
        `requireApproval: run \`airr approve ${incidentId} --action '${planned.key}' --apply\``,
      );
    }
    const acted = await act({ planned, policy: group.policy, action, provider, ctx, opts, before, change, release });
    return done(acted.outcome, acted.reason, acted.extra);
  } catch (error) {
    // Nothing was changed yet: free the key so a later delivery may retry.
    await release();
    const err = errorOf(error);
    return done("failed", `lookup failed; did not act: ${err.message}`, { error: err });
  }
}
