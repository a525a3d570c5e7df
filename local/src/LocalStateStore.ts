import type { Approval, AuditEntry, ClaimResult, ClaimState, Exemption, Incident, StateStore } from "@airr/core";
import { z } from "zod";
import { checkInput, Time } from "./checkInput.js";
import { incidentFile, newestIncidents, writeIncident } from "./incidentIndex.js";
import { LocalClaims } from "./LocalClaims.js";
import type { StateDir } from "./StateDir.js";
import {
  ACTIONS_FILE,
  ActionsFileSchema,
  APPROVALS_FILE,
  ApprovalSchema,
  ApprovalsFileSchema,
  AUDIT_FILE,
  AuditEntrySchema,
  type ClaimRecord,
  COOLDOWNS_FILE,
  CooldownsFileSchema,
  EXEMPTIONS_FILE,
  ExemptionSchema,
  ExemptionsFileSchema,
  IncidentFileSchema,
  MAX_ACTIONS_PER_SCOPE,
} from "./stateSchemas.js";

const ScopedTime = z.object({ scope: z.string().min(1), time: Time });
const ms = (iso: string): number => Date.parse(iso);

/**
 * StateStore on files under `state/` (layout in docs/local-cloud.md). Every value is validated
 * before it is written, so a bad call fails there and never corrupts a file for later readers.
 * It works before `init` too: the directory is created on first write. (One class per port:
 * fifteen methods make it longer than most files.)
 */
export class LocalStateStore implements StateStore {
  private readonly claims: LocalClaims;

  constructor(private readonly dir: StateDir) {
    this.claims = new LocalClaims(dir);
  }

  claim(key: string, owner: string, now: string, expiresAt: string): Promise<ClaimResult> {
    return this.claims.claim(key, owner, now, expiresAt);
  }

  settle(key: string, owner: string): Promise<void> {
    return this.claims.settle(key, owner);
  }

  release(key: string, owner: string): Promise<void> {
    return this.claims.release(key, owner);
  }

  async getClaim(key: string): Promise<ClaimState | null> {
    const held = (await this.claims.list()).find((c) => c.key === key);
    return held === undefined ? null : { owner: held.owner, expiresAt: held.expiresAt, settled: held.settled };
  }

  /** Current claims (for `airr local show` and tests). */
  listClaims(): Promise<ClaimRecord[]> {
    return this.claims.list();
  }

  async getCooldown(scope: string): Promise<string | null> {
    const file = await this.dir.readJson(COOLDOWNS_FILE, CooldownsFileSchema, () => ({ cooldowns: [] }));
    return file.cooldowns.find((c) => c.scope === scope)?.until ?? null;
  }

  async setCooldown(scope: string, until: string): Promise<void> {
    checkInput("cooldown", ScopedTime, { scope, time: until });
    return this.locked(async () => {
      const { cooldowns } = await this.dir.readJson(COOLDOWNS_FILE, CooldownsFileSchema, () => ({ cooldowns: [] }));
      const next = [...cooldowns.filter((c) => c.scope !== scope), { scope, until }];
      await this.dir.writeJson(COOLDOWNS_FILE, { cooldowns: next });
    });
  }

  async recordAction(scope: string, at: string): Promise<void> {
    checkInput("action", ScopedTime, { scope, time: at });
    return this.locked(async () => {
      const { actions } = await this.dir.readJson(ACTIONS_FILE, ActionsFileSchema, () => ({ actions: [] }));
      const times = [...(actions.find((a) => a.scope === scope)?.at ?? []), at].slice(-MAX_ACTIONS_PER_SCOPE);
      await this.dir.writeJson(ACTIONS_FILE, {
        actions: [...actions.filter((a) => a.scope !== scope), { scope, at: times }],
      });
    });
  }

  async countActions(scope: string, since: string): Promise<number> {
    checkInput("countActions", ScopedTime, { scope, time: since });
    const { actions } = await this.dir.readJson(ACTIONS_FILE, ActionsFileSchema, () => ({ actions: [] }));
    return (actions.find((a) => a.scope === scope)?.at ?? []).filter((at) => ms(at) >= ms(since)).length;
  }

  async putApproval(approval: Approval): Promise<void> {
    const valid = checkInput("approval", ApprovalSchema, approval);
    return this.locked(async () => {
      const { approvals } = await this.dir.readJson(APPROVALS_FILE, ApprovalsFileSchema, () => ({ approvals: [] }));
      const same = (a: Approval) => a.incidentId === valid.incidentId && a.actionKey === valid.actionKey;
      await this.dir.writeJson(APPROVALS_FILE, { approvals: [...approvals.filter((a) => !same(a)), valid] });
    });
  }

  async listApprovals(incidentId: string): Promise<Approval[]> {
    const { approvals } = await this.dir.readJson(APPROVALS_FILE, ApprovalsFileSchema, () => ({ approvals: [] }));
    return approvals.filter((a) => a.incidentId === incidentId);
  }

  async putExemption(exemption: Exemption): Promise<void> {
    const valid = checkInput("exemption", ExemptionSchema, exemption);
    return this.locked(async () => {
      const { exemptions } = await this.dir.readJson(EXEMPTIONS_FILE, ExemptionsFileSchema, () => ({ exemptions: [] }));
      await this.dir.writeJson(EXEMPTIONS_FILE, {
        exemptions: [...exemptions.filter((e) => e.target !== valid.target), valid],
      });
    });
  }

  async listExemptions(now: string): Promise<Exemption[]> {
    checkInput("now", Time, now);
    const { exemptions } = await this.dir.readJson(EXEMPTIONS_FILE, ExemptionsFileSchema, () => ({ exemptions: [] }));
    return exemptions.filter((e) => ms(e.until) > ms(now));
  }

  async removeExemption(target: string): Promise<Exemption | null> {
    checkInput("exemption target", ExemptionSchema.shape.target, target);
    return this.locked(async () => {
      const { exemptions } = await this.dir.readJson(EXEMPTIONS_FILE, ExemptionsFileSchema, () => ({ exemptions: [] }));
      const removed = exemptions.find((e) => e.target === target) ?? null;
      if (removed !== null)
        await this.dir.writeJson(EXEMPTIONS_FILE, { exemptions: exemptions.filter((e) => e.target !== target) });
      return removed;
    });
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    const valid = checkInput("audit entry", AuditEntrySchema, JSON.parse(JSON.stringify(entry)));
    return this.locked(() => this.dir.appendJsonl(AUDIT_FILE, valid));
  }

  async readAudit(incidentId?: string): Promise<AuditEntry[]> {
    const entries = await this.dir.readJsonl(AUDIT_FILE, AuditEntrySchema);
    return incidentId === undefined ? entries : entries.filter((e) => e.incidentId === incidentId);
  }

  async putIncident(incident: Incident): Promise<void> {
    // Round-trip through JSON first: what is checked is exactly what a reader will get back.
    checkInput("incident", IncidentFileSchema, JSON.parse(JSON.stringify(incident)));
    return this.locked(() => writeIncident(this.dir, incident));
  }

  async getIncident(id: string): Promise<Incident | null> {
    const found = await this.dir.readJson(incidentFile(id), IncidentFileSchema.nullable(), () => null);
    return found === null ? null : asIncident(found);
  }

  /** Newest first (by `createdAt`, then id); reads only the incidents it returns (see incidentIndex). */
  async listIncidents(limit?: number): Promise<Incident[]> {
    return (await newestIncidents(this.dir, limit)).map(asIncident);
  }

  private locked<T>(fn: () => Promise<T>): Promise<T> {
    return this.dir.withLock(fn, { create: true });
  }
}

/** The schema checked the fields the store and CLI rely on; plan and decisions are the engine's shape. */
function asIncident(value: z.output<typeof IncidentFileSchema>): Incident {
  return value as unknown as Incident;
}
