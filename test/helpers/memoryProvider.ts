import type {
  Approval,
  AuditEntry,
  BlockedPrompt,
  ClaimResult,
  ClaimState,
  EncryptionState,
  EndpointState,
  Exemption,
  Incident,
  Notification,
  Provider,
  PublicAccessState,
  Quarantine,
  SecretState,
  StateStore,
} from "@airr/core";

/** An in-memory StateStore for core unit tests. Claims are checked and set without an await in between, so they are atomic. */
export class MemoryStateStore implements StateStore {
  claims = new Map<string, { owner: string; expiresAt: string; settled: boolean }>();
  cooldowns = new Map<string, string>();
  actionsLog = new Map<string, string[]>();
  approvals: Approval[] = [];
  exemptions: Exemption[] = [];
  audit: AuditEntry[] = [];
  incidents = new Map<string, Incident>();
  failExemptions = false;
  failClaims = false;

  async claim(key: string, owner: string, now: string, expiresAt: string): Promise<ClaimResult> {
    if (this.failClaims) throw new Error("conditional write timed out");
    const held = this.claims.get(key);
    if (held && held.owner !== owner && (held.settled || held.expiresAt > now)) {
      return { claimed: false, owner: held.owner, expiresAt: held.expiresAt, settled: held.settled };
    }
    this.claims.set(key, { owner, expiresAt, settled: false });
    return { claimed: true };
  }
  async getClaim(key: string): Promise<ClaimState | null> {
    const held = this.claims.get(key);
    return held === undefined ? null : { ...held };
  }
  async settle(key: string, owner: string): Promise<void> {
    const held = this.claims.get(key);
    if (held?.owner === owner) held.settled = true;
  }
  async release(key: string, owner: string): Promise<void> {
    const held = this.claims.get(key);
    if (held?.owner === owner && !held.settled) this.claims.delete(key);
  }
  async getCooldown(scope: string): Promise<string | null> {
    return this.cooldowns.get(scope) ?? null;
  }
  async setCooldown(scope: string, until: string): Promise<void> {
    this.cooldowns.set(scope, until);
  }
  async recordAction(scope: string, at: string): Promise<void> {
    this.actionsLog.set(scope, [...(this.actionsLog.get(scope) ?? []), at]);
  }
  async countActions(scope: string, since: string): Promise<number> {
    return (this.actionsLog.get(scope) ?? []).filter((at) => at >= since).length;
  }
  async putApproval(approval: Approval): Promise<void> {
    this.approvals.push(approval);
  }
  async listApprovals(incidentId: string): Promise<Approval[]> {
    return this.approvals.filter((a) => a.incidentId === incidentId);
  }
  async putExemption(exemption: Exemption): Promise<void> {
    this.exemptions.push(exemption);
  }
  async listExemptions(now: string): Promise<Exemption[]> {
    if (this.failExemptions) throw new Error("exemption table unreachable");
    return this.exemptions.filter((e) => e.until > now);
  }
  async removeExemption(target: string): Promise<Exemption | null> {
    const removed = this.exemptions.find((e) => e.target === target) ?? null;
    this.exemptions = this.exemptions.filter((e) => e.target !== target);
    return removed;
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    this.audit.push(structuredClone(entry));
  }
  async readAudit(incidentId?: string): Promise<AuditEntry[]> {
    return this.audit.filter((e) => incidentId === undefined || e.incidentId === incidentId);
  }
  async putIncident(incident: Incident): Promise<void> {
    this.incidents.set(incident.id, structuredClone(incident));
  }
  async getIncident(id: string): Promise<Incident | null> {
    return structuredClone(this.incidents.get(id) ?? null);
  }
  async listIncidents(limit = 50): Promise<Incident[]> {
    return [...this.incidents.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)).slice(0, limit);
  }
}

/** The secret values live only here; tests assert they never reach an incident or the audit log. */
export const SECRET_VALUES: Record<string, string> = {
  "llm-api-key": "sk-live-DO-NOT-LEAK-1",
  "db-password": "hunter2-DO-NOT-LEAK",
};

/** Counters and switches the tests use to observe and break the fake cloud. */
export interface Faults {
  /** Port operations that change something, in order. */
  writes: string[];
  /** When set, deployVersion "succeeds" but leaves the old version serving (verification fails). */
  brokenDeploy: boolean;
  failList: boolean;
}

/** An in-memory provider with the same demo world as the local cloud. */
export function memoryProvider(): Provider & { state: MemoryStateStore; faults: Faults; sent: Notification[] } {
  const faults: Faults = { writes: [], brokenDeploy: false, failList: false };
  const endpoints = new Map<string, EndpointState>([
    [
      "fraud-detector",
      {
        id: "fraud-detector",
        status: "in-service",
        currentVersion: "fraud-v3",
        history: ["fraud-v1", "fraud-v2", "fraud-v3"].map((version) => ({ version, deployedAt: null })),
      },
    ],
    [
      "support-chat",
      {
        id: "support-chat",
        status: "in-service",
        currentVersion: "chat-v2",
        history: ["chat-v1", "chat-v2"].map((version) => ({ version, deployedAt: null })),
      },
    ],
  ]);
  const lastServing = new Map<string, string>();
  const secrets = new Map<string, SecretState & { values: Record<string, string> }>(
    Object.entries(SECRET_VALUES).map(([id, value]) => [
      id,
      { id, currentVersion: "v1", previousVersion: null, versions: ["v1"], values: { v1: value } },
    ]),
  );
  const blocklist: BlockedPrompt[] = [];
  const keys = new Map<string, string | null>([
    ["fraud-detector", null],
    ["support-chat", null],
    ["training-data", null],
  ]);
  const publicAccess = new Map<string, boolean>([["training-data", false]]);
  const quarantines = new Map<string, Quarantine>();
  const sent: Notification[] = [];
  const list = async <T>(items: T[]) => {
    if (faults.failList) throw new Error("list failed");
    return items;
  };
  const meta = (s: SecretState) => ({
    id: s.id,
    currentVersion: s.currentVersion,
    previousVersion: s.previousVersion,
    versions: [...s.versions],
  });
  const endpoint = (id: string) => {
    const e = endpoints.get(id);
    if (!e) throw new Error(`no endpoint ${id}`);
    return e;
  };
  return {
    cloud: "local",
    state: new MemoryStateStore(),
    faults,
    sent,
    endpoints: {
      list: () => list([...endpoints.keys()]),
      get: async (id) => structuredClone(endpoints.get(id) ?? null),
      deployVersion: async (id, version) => {
        faults.writes.push(`deploy ${id} ${version}`);
        if (!faults.brokenDeploy) Object.assign(endpoint(id), { currentVersion: version, status: "in-service" });
      },
      disable: async (id) => {
        faults.writes.push(`disable ${id}`);
        const e = endpoint(id);
        if (e.currentVersion) lastServing.set(id, e.currentVersion);
        Object.assign(e, { status: "disabled", currentVersion: null });
      },
      enable: async (id) => {
        faults.writes.push(`enable ${id}`);
        Object.assign(endpoint(id), { status: "in-service", currentVersion: lastServing.get(id) ?? null });
      },
    },
    secrets: {
      list: () => list([...secrets.keys()]),
      get: async (id) => {
        const s = secrets.get(id);
        return s ? meta(s) : null;
      },
      rotate: async (id) => {
        faults.writes.push(`rotate ${id}`);
        const s = secrets.get(id);
        if (!s) throw new Error(`no secret ${id}`);
        const version = `v${s.versions.length + 1}`;
        Object.assign(s, {
          previousVersion: s.currentVersion,
          currentVersion: version,
          versions: [...s.versions, version],
        });
        s.values[version] = `${SECRET_VALUES[id]}-rotated-${version}`;
        return meta(s);
      },
      restoreVersion: async (id, version) => {
        faults.writes.push(`restore ${id} ${version}`);
        const s = secrets.get(id);
        if (s) Object.assign(s, { previousVersion: s.currentVersion, currentVersion: version });
      },
    },
    blocklist: {
      list: () => list(structuredClone(blocklist)),
      add: async (entry) => {
        faults.writes.push(`block ${entry.id}`);
        if (!blocklist.some((e) => e.id === entry.id)) blocklist.push(entry);
      },
      remove: async (id) => {
        faults.writes.push(`unblock ${id}`);
        const at = blocklist.findIndex((e) => e.id === id);
        if (at >= 0) blocklist.splice(at, 1);
      },
    },
    encryption: {
      get: async (resourceId): Promise<EncryptionState | null> =>
        keys.has(resourceId) ? { resourceId, kmsKeyId: keys.get(resourceId) ?? null } : null,
      enforce: async (resourceId, kmsKeyId) => {
        faults.writes.push(`cmek ${resourceId}`);
        keys.set(resourceId, kmsKeyId);
      },
      restore: async (state) => {
        faults.writes.push(`cmek-restore ${state.resourceId}`);
        keys.set(state.resourceId, state.kmsKeyId);
      },
    },
    data: {
      list: () => list([...publicAccess.keys()]),
      getPublicAccess: async (store): Promise<PublicAccessState | null> =>
        publicAccess.has(store) ? { store, publicAccessBlocked: publicAccess.get(store) === true } : null,
      setPublicAccessBlocked: async (store, blocked) => {
        faults.writes.push(`public ${store} ${blocked}`);
        publicAccess.set(store, blocked);
      },
      quarantine: async (id, store, prefix) => {
        faults.writes.push(`quarantine ${id}`);
        const q = quarantines.get(id) ?? {
          id,
          store,
          prefix,
          objects: [`${prefix}a.json`, `${prefix}b.json`],
          released: false,
        };
        quarantines.set(id, q);
        return structuredClone(q);
      },
      getQuarantine: async (id) => structuredClone(quarantines.get(id) ?? null),
      release: async (id) => {
        faults.writes.push(`release ${id}`);
        const q = quarantines.get(id);
        if (q) q.released = true;
      },
    },
    notifier: {
      send: async (message) => {
        sent.push(message);
        return { messageId: `msg-${sent.length}` };
      },
    },
  };
}
