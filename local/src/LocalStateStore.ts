import { readdir } from "node:fs/promises";
import type { Approval, AuditEntry, ClaimResult, Exemption, Incident, StateStore } from "@airr/core";
import type { z } from "zod";
import { ClaimNotHeldError } from "./errors.js";
import type { StateDir } from "./StateDir.js";
import {
  ACTIONS_FILE,
  ActionsFileSchema,
  APPROVALS_FILE,
  ApprovalsFileSchema,
  AUDIT_FILE,
  AuditEntrySchema,
  CLAIMS_FILE,
  type ClaimRecord,
  ClaimsFileSchema,
  COOLDOWNS_FILE,
  CooldownsFileSchema,
  EXEMPTIONS_FILE,
  ExemptionsFileSchema,
  INCIDENTS_DIR,
  IncidentFileSchema,
  MAX_ACTIONS_PER_SCOPE,
} from "./stateSchemas.js";

const ms = (iso: string): number => Date.parse(iso);

/**
 * StateStore on files under `state/`. Claims are a read-check-write under the state lock, which
 * makes them a conditional write across concurrent calls and processes alike.
 */
export class LocalStateStore implements StateStore {
  constructor(private readonly dir: StateDir) {}

  claim(key: string, owner: string, now: string, expiresAt: string): Promise<ClaimResult> {
    return this.dir.withLock(async () => {
      const { claims } = await this.readClaims();
      const held = claims.find((c) => c.key === key);
      const free = held === undefined || (!held.settled && ms(held.expiresAt) <= ms(now));
      const mine = held !== undefined && held.owner === owner && !held.settled;
      if (!free && !mine) {
        return { claimed: false, owner: held.owner, expiresAt: held.expiresAt, settled: held.settled };
      }
      const record: ClaimRecord = { key, owner, claimedAt: now, expiresAt, settled: false };
      await this.dir.writeJson(CLAIMS_FILE, { claims: [...claims.filter((c) => c.key !== key), record] });
      return { claimed: true };
    });
  }

  /** Idempotent for the owner: settling an already settled claim of one's own is a no-op. */
  settle(key: string, owner: string): Promise<void> {
    return this.changeClaim(key, owner, (claim) => ({ ...claim, settled: true }), true);
  }

  release(key: string, owner: string): Promise<void> {
    return this.changeClaim(key, owner, () => null);
  }

  getCooldown(scope: string): Promise<string | null> {
    return this.dir
      .readJson(COOLDOWNS_FILE, CooldownsFileSchema, () => ({ cooldowns: [] }))
      .then(({ cooldowns }) => cooldowns.find((c) => c.scope === scope)?.until ?? null);
  }

  setCooldown(scope: string, until: string): Promise<void> {
    return this.dir.withLock(async () => {
      const { cooldowns } = await this.dir.readJson(COOLDOWNS_FILE, CooldownsFileSchema, () => ({ cooldowns: [] }));
      await this.dir.writeJson(COOLDOWNS_FILE, {
        cooldowns: [...cooldowns.filter((c) => c.scope !== scope), { scope, until }],
      });
    });
  }

  recordAction(scope: string, at: string): Promise<void> {
    return this.dir.withLock(async () => {
      const { actions } = await this.dir.readJson(ACTIONS_FILE, ActionsFileSchema, () => ({ actions: [] }));
      const times = [...(actions.find((a) => a.scope === scope)?.at ?? []), at].slice(-MAX_ACTIONS_PER_SCOPE);
      await this.dir.writeJson(ACTIONS_FILE, {
        actions: [...actions.filter((a) => a.scope !== scope), { scope, at: times }],
      });
    });
  }

  async countActions(scope: string, since: string): Promise<number> {
    const { actions } = await this.dir.readJson(ACTIONS_FILE, ActionsFileSchema, () => ({ actions: [] }));
    const times = actions.find((a) => a.scope === scope)?.at ?? [];
    return times.filter((at) => ms(at) >= ms(since)).length;
  }

  putApproval(approval: Approval): Promise<void> {
    return this.dir.withLock(async () => {
      const { approvals } = await this.dir.readJson(APPROVALS_FILE, ApprovalsFileSchema, () => ({ approvals: [] }));
      const same = (a: Approval) => a.incidentId === approval.incidentId && a.actionKey === approval.actionKey;
      await this.dir.writeJson(APPROVALS_FILE, { approvals: [...approvals.filter((a) => !same(a)), approval] });
    });
  }

  async listApprovals(incidentId: string): Promise<Approval[]> {
    const { approvals } = await this.dir.readJson(APPROVALS_FILE, ApprovalsFileSchema, () => ({ approvals: [] }));
    return approvals.filter((a) => a.incidentId === incidentId);
  }

  putExemption(exemption: Exemption): Promise<void> {
    return this.dir.withLock(async () => {
      const file = await this.dir.readJson(EXEMPTIONS_FILE, ExemptionsFileSchema, () => ({ exemptions: [] }));
      await this.dir.writeJson(EXEMPTIONS_FILE, {
        exemptions: [...file.exemptions.filter((e) => e.target !== exemption.target), exemption],
      });
    });
  }

  async listExemptions(now: string): Promise<Exemption[]> {
    const { exemptions } = await this.dir.readJson(EXEMPTIONS_FILE, ExemptionsFileSchema, () => ({ exemptions: [] }));
    return exemptions.filter((e) => ms(e.until) > ms(now));
  }

  appendAudit(entry: AuditEntry): Promise<void> {
    return this.dir.withLock(() => this.dir.appendJsonl(AUDIT_FILE, entry));
  }

  async readAudit(incidentId?: string): Promise<AuditEntry[]> {
    const entries = await this.dir.readJsonl(AUDIT_FILE, AuditEntrySchema);
    return incidentId === undefined ? entries : entries.filter((e) => e.incidentId === incidentId);
  }

  putIncident(incident: Incident): Promise<void> {
    return this.dir.withLock(() => this.dir.writeJson(incidentFile(incident.id), incident));
  }

  async getIncident(id: string): Promise<Incident | null> {
    const found = await this.dir.readJson(incidentFile(id), IncidentFileSchema.nullable(), () => null);
    return found === null ? null : asIncident(found);
  }

  async listIncidents(limit?: number): Promise<Incident[]> {
    let names: string[];
    try {
      names = await readdir(this.dir.path(INCIDENTS_DIR));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    const files = names.filter((n) => n.endsWith(".json"));
    const incidents = await Promise.all(
      files.map((n) => this.dir.readJson(`${INCIDENTS_DIR}/${n}`, IncidentFileSchema)),
    );
    incidents.sort((a, b) => ms(b.createdAt) - ms(a.createdAt) || (a.id < b.id ? 1 : -1));
    return (limit === undefined ? incidents : incidents.slice(0, limit)).map(asIncident);
  }

  /** Current claims (for `airr local show`). */
  async listClaims(): Promise<ClaimRecord[]> {
    return (await this.readClaims()).claims;
  }

  private readClaims() {
    return this.dir.readJson(CLAIMS_FILE, ClaimsFileSchema, () => ({ claims: [] }));
  }

  private changeClaim(
    key: string,
    owner: string,
    change: (claim: ClaimRecord) => ClaimRecord | null,
    settledIsDone = false,
  ): Promise<void> {
    return this.dir.withLock(async () => {
      const { claims } = await this.readClaims();
      const held = claims.find((c) => c.key === key);
      if (held === undefined) throw new ClaimNotHeldError(key, owner, "nobody holds it");
      if (held.owner !== owner) throw new ClaimNotHeldError(key, owner, `"${held.owner}" holds it`);
      if (held.settled && settledIsDone) return;
      if (held.settled) throw new ClaimNotHeldError(key, owner, "it is settled");
      const next = change(held);
      const rest = claims.filter((c) => c.key !== key);
      await this.dir.writeJson(CLAIMS_FILE, { claims: next === null ? rest : [...rest, next] });
    });
  }
}

/** The schema checked the fields the store and CLI rely on; plan and decisions are the engine's shape. */
function asIncident(value: z.output<typeof IncidentFileSchema>): Incident {
  return value as unknown as Incident;
}

/** Ids become file names through URI encoding, so no id can reach outside the incidents folder. */
function incidentFile(id: string): string {
  return `${INCIDENTS_DIR}/${encodeURIComponent(id)}.json`;
}
