import type { Provider } from "../../ports/Provider.js";
import type { ActionContext } from "../actions/action.js";
import type { Decision, Incident } from "../incident.js";
import { loadIncident } from "./approve.js";
import { audit, escalate } from "./audit.js";
import { EngineError } from "./engineErrors.js";
import { type EngineOptions, resolveOptions } from "./engineOptions.js";
import { redact } from "./redact.js";

export interface UndoOptions extends EngineOptions {
  /** Undo only this action key (default: every executed, undoable action, newest first). */
  actionKey?: string;
}

export interface UndoResult {
  actionKey: string;
  action: string;
  target: string;
  outcome: "undone" | "dry-run" | "failed" | "not-undoable";
  /** The exact change undo makes (or would make). */
  change: string | null;
  detail: string;
}

/**
 * Undoes an incident's executed actions by restoring the state captured before each one, newest
 * first; each step is audited (intent, outcome) and verified. Dry-run (default) only describes.
 *
 * @example
 * const { results } = await undo("inc-20260131T120000Z-3f2a1b", provider, { mode: "apply" });
 */
export async function undo(
  incidentId: string,
  provider: Provider,
  options: UndoOptions = {},
): Promise<{ incident: Incident; results: UndoResult[] }> {
  const opts = resolveOptions(options);
  const incident = await loadIncident(provider, incidentId);
  const candidates = incident.decisions
    .filter((d) => d.outcome === "executed" && d.undoneAt === null)
    .filter((d) => options.actionKey === undefined || d.action.key === options.actionKey)
    .reverse();
  if (candidates.length === 0) {
    throw new EngineError(
      "NothingToUndo",
      `incident ${incidentId} has no executed action ${options.actionKey ? `"${options.actionKey}" ` : ""}left to undo`,
      {
        hint: "see `airr incidents show ID`; only executed actions can be undone, once",
      },
    );
  }
  const results: UndoResult[] = [];
  const undone = new Map<string, Decision>();
  for (const decision of candidates) {
    const { key, action: name, target, params } = decision.action;
    const action = opts.actions.get(name);
    const base = { actionKey: key, action: name, target };
    if ("reason" in action.undo) {
      results.push({ ...base, outcome: "not-undoable", change: null, detail: action.undo.reason });
      continue;
    }
    const change = action.undo.describe(target, params, decision.before);
    if (opts.mode === "dry-run") {
      results.push({ ...base, outcome: "dry-run", change, detail: "would restore the recorded before-state" });
      continue;
    }
    const now = opts.now();
    const ctx: ActionContext = { provider, alert: incident.alert, incidentId, key, now };
    await audit(provider, {
      at: now,
      incidentId,
      phase: "intent",
      actionKey: key,
      event: "undo",
      detail: { change, before: decision.before },
    });
    try {
      opts.progress(`undo ${name} on ${target}: ${change}`);
      await action.undo.undo(target, params, decision.before, ctx);
      const verified = await action.undo.verify(target, params, decision.before, ctx);
      await audit(provider, {
        at: opts.now(),
        incidentId,
        phase: "outcome",
        actionKey: key,
        event: verified.ok ? "undone" : "undo-failed",
        detail: { detail: verified.detail, after: redact(verified.after) },
      });
      if (verified.ok) undone.set(key, { ...decision, undoneAt: opts.now() });
      else
        await escalate(
          provider,
          incidentId,
          decision.action,
          `undo did not verify: ${verified.detail}`,
          opts.now(),
          "undo did not verify",
        );
      results.push({ ...base, outcome: verified.ok ? "undone" : "failed", change, detail: verified.detail });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await audit(provider, {
        at: opts.now(),
        incidentId,
        phase: "outcome",
        actionKey: key,
        event: "undo-failed",
        detail: { error: message },
      });
      await escalate(provider, incidentId, decision.action, `undo failed: ${message}`, opts.now(), "undo failed");
      results.push({ ...base, outcome: "failed", change, detail: message });
    }
  }
  if (opts.mode === "dry-run" || undone.size === 0) return { incident, results };
  const updated: Incident = {
    ...incident,
    decisions: incident.decisions.map((d) => (d.outcome === "executed" ? (undone.get(d.action.key) ?? d) : d)),
    updatedAt: opts.now(),
  };
  await provider.state.putIncident(updated);
  return { incident: updated, results };
}
