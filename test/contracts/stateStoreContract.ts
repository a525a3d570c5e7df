import type { AuditEntry, Incident, StateStore } from "@airr/core";
import { beforeEach, describe, expect, it } from "vitest";
import { at, type ProviderFactory, requirePort, T0 } from "./providerFactory.js";

const audit = (incidentId: string, event: string, phase: AuditEntry["phase"] = "note"): AuditEntry => ({
  at: T0,
  incidentId,
  phase,
  actionKey: phase === "note" ? null : "a-1:rollback-model:fraud-detector",
  event,
  detail: { step: event },
});

const incident = (id: string, createdAt: string): Incident => ({
  id,
  alert: {
    cloud: "local",
    kind: "local.alert",
    alertName: "drift-high",
    alertId: `alert-${id}`,
    state: "firing",
    severity: "error",
    resourceId: "fraud-detector",
    metricName: "drift_score",
    firedAt: createdAt,
    resolvedAt: null,
    labels: {},
    raw: {},
  },
  policies: ["rollback-on-drift"],
  plan: [],
  decisions: [],
  mode: "dry-run",
  initiator: "cli:contract",
  status: "dry-run",
  createdAt,
  updatedAt: createdAt,
});

/** The `StateStore` contract. Seed: an empty store. */
export function stateStoreContract(makeProvider: ProviderFactory): void {
  describe("StateStore contract", () => {
    let state: StateStore;

    beforeEach(async () => {
      state = requirePort(await makeProvider(), "state");
    });

    describe("claims", () => {
      it("grants a free key, refuses another owner, and re-grants the holder", async () => {
        expect(await state.claim("k", "alice", T0, at(10))).toEqual({ claimed: true });
        expect(await state.claim("k", "bob", at(1), at(11))).toEqual({
          claimed: false,
          owner: "alice",
          expiresAt: at(10),
          settled: false,
        });
        expect(await state.claim("k", "alice", at(2), at(12))).toEqual({ claimed: true });
      });

      it("lets another owner take an expired, unsettled claim", async () => {
        await state.claim("k", "alice", T0, at(10));
        expect(await state.claim("k", "bob", at(10), at(20))).toEqual({ claimed: true });
        expect(await state.claim("k", "alice", at(11), at(21))).toMatchObject({ claimed: false, owner: "bob" });
      });

      it("never grants a settled key again, not even after expiry", async () => {
        await state.claim("k", "alice", T0, at(10));
        await state.settle("k", "alice");
        expect(await state.claim("k", "bob", at(60), at(70))).toMatchObject({ claimed: false, settled: true });
        expect(await state.claim("k", "alice", at(60), at(70))).toMatchObject({ claimed: false, settled: true });
      });

      it("reads a claim without taking it", async () => {
        expect(await state.getClaim("k")).toBeNull();
        await state.claim("k", "alice", T0, at(10));
        expect(await state.getClaim("k")).toEqual({ owner: "alice", expiresAt: at(10), settled: false });
        await state.settle("k", "alice");
        expect(await state.getClaim("k")).toMatchObject({ owner: "alice", settled: true });
        await state.claim("j", "bob", T0, at(10));
        await state.release("j", "bob");
        expect(await state.getClaim("j")).toBeNull();
      });

      it("frees a released key for the next owner", async () => {
        await state.claim("k", "alice", T0, at(10));
        await state.release("k", "alice");
        expect(await state.claim("k", "bob", at(1), at(11))).toEqual({ claimed: true });
      });

      it("refuses to settle or release a key held by someone else", async () => {
        await state.claim("k", "alice", T0, at(10));
        await expect(state.settle("k", "bob")).rejects.toThrow();
        await expect(state.release("k", "bob")).rejects.toThrow();
        expect(await state.claim("k", "bob", at(1), at(11))).toMatchObject({ claimed: false, owner: "alice" });
      });

      it("lets exactly one of many concurrent claimers win", async () => {
        const owners = Array.from({ length: 20 }, (_, i) => `owner-${i}`);
        const results = await Promise.all(owners.map((o) => state.claim("race", o, T0, at(10))));
        expect(results.filter((r) => r.claimed)).toHaveLength(1);
      });

      it("keeps keys independent", async () => {
        await state.claim("k1", "alice", T0, at(10));
        expect(await state.claim("k2", "bob", T0, at(10))).toEqual({ claimed: true });
      });
    });

    describe("cooldowns and action counts", () => {
      it("stores a cooldown per scope, the latest value winning", async () => {
        expect(await state.getCooldown("target:fraud-detector")).toBeNull();
        await state.setCooldown("target:fraud-detector", at(30));
        await state.setCooldown("target:fraud-detector", at(45));
        expect(await state.getCooldown("target:fraud-detector")).toBe(at(45));
        expect(await state.getCooldown("target:support-chat")).toBeNull();
      });

      it("counts actions at or after a time, per scope", async () => {
        for (const minute of [0, 5, 10]) await state.recordAction("policy:p", at(minute));
        await state.recordAction("policy:q", at(5));
        expect(await state.countActions("policy:p", at(5))).toBe(2);
        expect(await state.countActions("policy:p", at(11))).toBe(0);
        expect(await state.countActions("policy:absent", T0)).toBe(0);
      });
    });

    describe("approvals and exemptions", () => {
      it("stores approvals per incident", async () => {
        const approval = { incidentId: "inc-1", actionKey: "a", paramsHash: "h", approvedBy: "alice", at: T0 };
        await state.putApproval(approval);
        await state.putApproval({ ...approval, incidentId: "inc-2" });
        expect(await state.listApprovals("inc-1")).toEqual([approval]);
        expect(await state.listApprovals("inc-3")).toEqual([]);
      });

      it("lists only exemptions still in force", async () => {
        const live = { target: "fraud-detector", reason: "load test", by: "alice", until: at(60) };
        await state.putExemption(live);
        await state.putExemption({ target: "support-chat", reason: "old", by: "bob", until: at(5) });
        expect(await state.listExemptions(at(10))).toEqual([live]);
      });

      it("removes an exemption early and says what it removed", async () => {
        const live = { target: "label:team=fraud", reason: "game day", by: "alice", until: at(60) };
        await state.putExemption(live);
        await state.putExemption({ target: "support-chat", reason: "migration", by: "bob", until: at(60) });
        expect(await state.removeExemption("label:team=fraud")).toEqual(live);
        expect((await state.listExemptions(at(10))).map((e) => e.target)).toEqual(["support-chat"]);
        expect(await state.removeExemption("label:team=fraud")).toBeNull();
        expect(await state.removeExemption("never-exempted")).toBeNull();
      });
    });

    describe("audit log", () => {
      it("appends entries in order and filters by incident", async () => {
        const entries = [
          audit("inc-1", "intent", "intent"),
          audit("inc-2", "other"),
          audit("inc-1", "done", "outcome"),
        ];
        for (const entry of entries) await state.appendAudit(entry);
        expect(await state.readAudit()).toEqual(entries);
        expect(await state.readAudit("inc-1")).toEqual([entries[0], entries[2]]);
      });
    });

    describe("incidents", () => {
      it("stores, replaces and reads an incident", async () => {
        const first = incident("inc-1", T0);
        await state.putIncident(first);
        const updated = { ...first, status: "completed" as const, updatedAt: at(1) };
        await state.putIncident(updated);
        expect(await state.getIncident("inc-1")).toEqual(updated);
        expect(await state.getIncident("inc-absent")).toBeNull();
      });

      it("lists newest first, up to a limit", async () => {
        for (const [id, minute] of [
          ["inc-a", 0],
          ["inc-c", 2],
          ["inc-b", 1],
        ] as const) {
          await state.putIncident(incident(id, at(minute)));
        }
        expect((await state.listIncidents()).map((i) => i.id)).toEqual(["inc-c", "inc-b", "inc-a"]);
        expect((await state.listIncidents(2)).map((i) => i.id)).toEqual(["inc-c", "inc-b"]);
      });
    });
  });
}
