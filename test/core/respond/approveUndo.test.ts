import { approve, respond, undo } from "@airr/core";
import { describe, expect, it } from "vitest";
import { driftAlert, policy, rollbackPolicy, testClock } from "../../helpers/engineFixtures.js";
import { memoryProvider } from "../../helpers/memoryProvider.js";

const twoSteps = policy(`name: leak
match: { alertName: "secret-*" }
actions:
  - action: rotate-secret
    params: { secret: "llm-api-key" }
  - action: disable-endpoint
    params: { endpoint: support-chat }
guardrails: { requireApproval: true }`);
const leak = driftAlert({ alertName: "secret-leak", alertId: "leak/1" });

describe("approval", () => {
  it("waits, then releases exactly the approved action", async () => {
    const provider = memoryProvider();
    const clock = testClock().clock;
    const incident = await respond(leak, [twoSteps], provider, { mode: "apply", clock });
    expect(incident.status).toBe("awaiting-approval");
    expect(incident.decisions.map((d) => d.outcome)).toEqual(["awaiting-approval", "awaiting-approval"]);
    expect(incident.decisions[0]?.change).toBe("secret llm-api-key: rotate (current version v1 becomes previous)");
    expect(provider.faults.writes).toEqual([]);

    const key = incident.decisions[0]?.action.key ?? "";
    const preview = await approve(incident.id, [twoSteps], provider, { actionKey: key, clock });
    expect(preview.decisions[0]).toMatchObject({ outcome: "dry-run", reason: "would execute" });
    expect(provider.state.approvals).toEqual([]);

    const { incident: after } = await approve(incident.id, [twoSteps], provider, {
      actionKey: key,
      mode: "apply",
      approvedBy: "alice",
      clock,
    });
    expect(after.decisions.map((d) => d.outcome)).toEqual(["executed", "awaiting-approval"]);
    expect(provider.faults.writes).toEqual(["rotate llm-api-key"]);
    expect(provider.state.approvals).toEqual([
      expect.objectContaining({
        actionKey: key,
        approvedBy: "alice",
        paramsHash: incident.decisions[0]?.action.paramsHash,
      }),
    ]);
    expect((await provider.state.getIncident(incident.id))?.status).toBe("awaiting-approval");
  });

  it("an approval for other parameters does not release the action", async () => {
    const provider = memoryProvider();
    const clock = testClock().clock;
    const incident = await respond(leak, [twoSteps], provider, { mode: "apply", clock });
    const planned = incident.decisions[0]?.action;
    if (!planned) throw new Error("no plan");
    await provider.state.putApproval({
      incidentId: incident.id,
      actionKey: planned.key,
      paramsHash: "0".repeat(64),
      approvedBy: "mallory",
      at: "2026-01-31T12:00:00.000Z",
    });
    // Re-deliver to a fresh incident id that shares the approvals: nothing is released.
    const stored = await provider.state.getIncident(incident.id);
    expect(stored?.decisions[0]?.outcome).toBe("awaiting-approval");
    const tampered = structuredClone(stored);
    if (!tampered?.decisions[0]) throw new Error("no decision");
    tampered.decisions[0].action.params = { secret: "db-password" };
    await provider.state.putIncident(tampered);
    await expect(
      approve(incident.id, [twoSteps], provider, { actionKey: planned.key, mode: "apply", clock }),
    ).rejects.toMatchObject({
      code: "ApprovalMismatch",
    });
    expect(provider.faults.writes).toEqual([]);
  });

  it("names what awaits approval when the key is wrong, and the incident when it is missing", async () => {
    const provider = memoryProvider();
    const incident = await respond(leak, [twoSteps], provider, { mode: "apply", clock: testClock().clock });
    await expect(approve(incident.id, [twoSteps], provider, { actionKey: "nope" })).rejects.toMatchObject({
      code: "NothingToApprove",
      hint: expect.stringContaining("leak/1|rotate-secret|llm-api-key"),
    });
    await expect(approve("inc-missing", [twoSteps], provider)).rejects.toMatchObject({ code: "IncidentNotFound" });
  });
});

describe("undo", () => {
  it("restores the recorded before-state, verified and audited, once", async () => {
    const provider = memoryProvider();
    const clock = testClock().clock;
    const incident = await respond(driftAlert(), [rollbackPolicy()], provider, { mode: "apply", clock });
    expect((await provider.endpoints?.get("fraud-detector"))?.currentVersion).toBe("fraud-v2");

    const preview = await undo(incident.id, provider, { clock });
    expect(preview.results).toEqual([
      expect.objectContaining({ outcome: "dry-run", change: "endpoint fraud-detector: serve fraud-v3 again" }),
    ]);
    expect((await provider.endpoints?.get("fraud-detector"))?.currentVersion).toBe("fraud-v2");

    const { incident: after, results } = await undo(incident.id, provider, { mode: "apply", clock });
    expect(results[0]).toMatchObject({ outcome: "undone", detail: "in service on fraud-v3" });
    expect(await provider.endpoints?.get("fraud-detector")).toEqual(incident.decisions[0]?.before);
    expect(after.decisions[0]?.undoneAt).toBe("2026-01-31T12:00:00.000Z");
    expect(provider.state.audit.filter((e) => e.event === "undo" || e.event === "undone").map((e) => e.phase)).toEqual([
      "intent",
      "outcome",
    ]);
    await expect(undo(incident.id, provider, { mode: "apply", clock })).rejects.toMatchObject({
      code: "NothingToUndo",
    });
  });

  it("says why an action cannot be undone", async () => {
    const provider = memoryProvider();
    const notifyOnly = policy(`name: n
match: { alertName: "*" }
actions:
  - action: notify
    params: { subject: s, text: t }`);
    const incident = await respond(driftAlert(), [notifyOnly], provider, { mode: "apply", clock: testClock().clock });
    const { results } = await undo(incident.id, provider, { mode: "apply" });
    expect(results).toEqual([
      expect.objectContaining({ outcome: "not-undoable", detail: "a sent message cannot be unsent" }),
    ]);
  });
});
