import type { AuditEntry, Incident } from "../respond/incident.js";

export type ClaimResult =
  | { claimed: true }
  | { claimed: false; owner: string; expiresAt: string | null; settled: boolean };

/** A claim as stored: who holds `key`, until when, and whether it is settled (done for good). */
export interface ClaimState {
  owner: string;
  expiresAt: string | null;
  settled: boolean;
}

export interface Approval {
  incidentId: string;
  actionKey: string;
  /** The approval is valid only for exactly these parameters (see `PlannedAction.paramsHash`). */
  paramsHash: string;
  approvedBy: string;
  at: string;
}

export interface Exemption {
  /** A target id, or `label:key=value`. */
  target: string;
  reason: string;
  by: string;
  until: string;
}

/**
 * Durable state in the cloud's own store (DynamoDB, Table Storage/Cosmos, Firestore, files).
 * Every time is passed in by the caller (the engine's clock), so stores are deterministic.
 */
export interface StateStore {
  /**
   * Atomically claim `key` for `owner` until `expiresAt` (a conditional write). Succeeds when the
   * key is free, expired and unsettled, or already held by `owner`. Exactly one of many
   * concurrent callers wins.
   */
  claim(key: string, owner: string, now: string, expiresAt: string): Promise<ClaimResult>;
  /** Make a held claim permanent (the action is done; never again for this key). */
  settle(key: string, owner: string): Promise<void>;
  /** Give a held, unsettled claim back (the action failed before changing anything). */
  release(key: string, owner: string): Promise<void>;
  /** The claim on `key` as stored, or null; reads only (how a dry-run spots duplicates). */
  getClaim(key: string): Promise<ClaimState | null>;

  /** Cooldown end for a scope (e.g. `target:endpoint/fraud`), or null. */
  getCooldown(scope: string): Promise<string | null>;
  setCooldown(scope: string, until: string): Promise<void>;

  /** Record one executed action in a scope, for `maxActions` per window. */
  recordAction(scope: string, at: string): Promise<void>;
  /** How many actions the scope recorded at or after `since`. */
  countActions(scope: string, since: string): Promise<number>;

  putApproval(approval: Approval): Promise<void>;
  listApprovals(incidentId: string): Promise<Approval[]>;

  putExemption(exemption: Exemption): Promise<void>;
  /** Exemptions still in force at `now`. */
  listExemptions(now: string): Promise<Exemption[]>;
  /** Ends the exemption of `target` (as given to `putExemption`) now; the removed one, or null. */
  removeExemption(target: string): Promise<Exemption | null>;

  /** Append-only; entries are never changed or removed. */
  appendAudit(entry: AuditEntry): Promise<void>;
  readAudit(incidentId?: string): Promise<AuditEntry[]>;

  putIncident(incident: Incident): Promise<void>;
  getIncident(id: string): Promise<Incident | null>;
  /** Newest first. */
  listIncidents(limit?: number): Promise<Incident[]>;
}
