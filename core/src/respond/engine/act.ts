import { AirrError } from "../../errors.js";
import type { Provider } from "../../ports/Provider.js";
import type { Action, ActionContext } from "../actions/action.js";
import type { Decision, PlannedAction } from "../incident.js";
import type { Policy } from "../policy/policySchema.js";
import { audit, escalate } from "./audit.js";
import type { ResolvedOptions } from "./engineOptions.js";
import { recordSuccess } from "./guardrails.js";
import { redact } from "./redact.js";

export const errorOf = (error: unknown): { code: string; message: string } =>
  error instanceof AirrError
    ? { code: error.code, message: error.message }
    : { code: "ActionFailed", message: error instanceof Error ? error.message : String(error) };

export interface ActInput {
  planned: PlannedAction;
  policy: Policy;
  action: Action;
  provider: Provider;
  ctx: ActionContext;
  opts: ResolvedOptions;
  before: unknown;
  change: string;
  /** Gives the claim back (only while nothing has changed). */
  release: () => Promise<void>;
}

export interface ActResult {
  outcome: "executed" | "failed";
  reason: string;
  extra: Partial<Decision>;
}

/**
 * The write-ahead part of one action, the claim already held: audit intent -> execute -> audit
 * acted -> verify -> (settle, cooldown, count, audit outcome) or (audit failure, escalate).
 */
export async function act(input: ActInput): Promise<ActResult> {
  const { planned, action, provider, ctx, opts, before, change } = input;
  const base = { incidentId: ctx.incidentId, actionKey: planned.key };
  let changing = false;
  try {
    const detail = { action: planned.action, target: planned.target, paramsHash: planned.paramsHash, change, before };
    await audit(provider, { ...base, at: opts.now(), phase: "intent", event: "execute", detail });
    changing = true;
    opts.progress(`${planned.action} on ${planned.target}: ${change}`);
    const receipt = await action.execute(planned.target, planned.params, before, ctx);
    await audit(provider, { ...base, at: opts.now(), phase: "note", event: "acted", detail: {} });
    opts.progress(`${planned.action} on ${planned.target}: verifying`);
    const verified = await action.verify(planned.target, planned.params, before, ctx, receipt);
    const verification = { ok: verified.ok, detail: verified.detail };
    const after = redact(verified.after);
    if (!verified.ok) {
      await audit(provider, {
        ...base,
        at: opts.now(),
        phase: "outcome",
        event: "failed",
        detail: { verification, after },
      });
      const note = await escalate(provider, ctx.incidentId, planned, `verification: ${verified.detail}`, opts.now());
      return {
        outcome: "failed",
        reason: `verification failed: ${verified.detail}; ${note}`,
        extra: { after, verification, error: { code: "VerificationFailed", message: verified.detail } },
      };
    }
    // Success is recorded only now, after verification.
    await provider.state.settle(planned.key, ctx.incidentId);
    await recordSuccess(planned, input.policy, provider.state, ctx.now);
    await audit(provider, {
      ...base,
      at: opts.now(),
      phase: "outcome",
      event: "executed",
      detail: { verification, after },
    });
    return {
      outcome: "executed",
      reason: `verified: ${verified.detail}`,
      extra: { after, verification, undoable: !("reason" in action.undo) },
    };
  } catch (error) {
    // Before the change started nothing happened: free the key for a retry. After, keep it held
    // until it expires, so a duplicate delivery cannot repeat a half-made change at once.
    if (!changing) await input.release();
    const err = errorOf(error);
    await audit(provider, {
      ...base,
      at: opts.now(),
      phase: "outcome",
      event: "failed",
      detail: { error: err, changing },
    }).catch(() => {});
    const note = changing
      ? `; ${await escalate(provider, ctx.incidentId, planned, err.message, opts.now(), "failed while acting")}`
      : "";
    return {
      outcome: "failed",
      reason: `${changing ? "failed while acting" : "did not act"}: ${err.message}${note}`,
      extra: { error: err },
    };
  }
}
