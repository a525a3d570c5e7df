import type { Alert } from "./alert.js";

/** What happened to one planned action. */
export type DecisionOutcome =
  | "executed"
  | "dry-run"
  | "awaiting-approval"
  | "skipped:duplicate"
  | "skipped:cooldown"
  /** A `maxActions` window (per target or per policy) is full. */
  | "skipped:max-actions"
  | "skipped:blast-radius"
  | "skipped:exempt"
  | "skipped:not-firing"
  /** An earlier action of the same policy failed and the policy says `onError: stop`. */
  | "skipped:on-error"
  | "failed";

/** One action the matched policies ask for, with parameters already templated from the alert. */
export interface PlannedAction {
  /** Stable key of (alert id, action, target): the idempotency key. */
  key: string;
  policy: string;
  action: string;
  target: string;
  params: Record<string, unknown>;
  /** SHA-256 of the canonical JSON of (action, target, params); approvals bind to it. */
  paramsHash: string;
}

export interface Verification {
  ok: boolean;
  detail: string;
}

export interface Decision {
  action: PlannedAction;
  outcome: DecisionOutcome;
  /** Why this outcome (e.g. "cooldown until 2026-01-31T12:30:00.000Z"). */
  reason: string;
  /** Target state captured before acting (never a secret value). */
  before: unknown;
  after: unknown;
  /** For dry-run: the exact change that would be made. */
  change: string | null;
  verification: Verification | null;
  error: { code: string; message: string } | null;
  startedAt: string;
  finishedAt: string;
  /** Set when the action can be undone and was executed. */
  undoable: boolean;
  undoneAt: string | null;
}

/**
 * The audit record of one response to one alert: what was planned, each decision, and proof.
 * Stored by `StateStore.putIncident`; printed by `airr incidents show`.
 */
export interface Incident {
  id: string;
  alert: Alert;
  /** Names of the policies that matched. */
  policies: string[];
  plan: PlannedAction[];
  decisions: Decision[];
  mode: "dry-run" | "apply";
  /** Who started it: `function:aws`, `cli:alice`, `runbook:secret-exposure`. */
  initiator: string;
  status: "completed" | "awaiting-approval" | "failed" | "dry-run" | "no-match";
  createdAt: string;
  updatedAt: string;
}

/** One line of the append-only audit log (write-ahead: intent, then outcome). */
export interface AuditEntry {
  at: string;
  incidentId: string;
  /** `intent` before acting, `outcome` after; `note` for everything else (approval, undo). */
  phase: "intent" | "outcome" | "note";
  actionKey: string | null;
  event: string;
  detail: Record<string, unknown>;
}
