import { type ActionContext, actions } from "@airr/core";
import { describe, expect, it } from "vitest";
import { driftAlert } from "../../helpers/engineFixtures.js";
import { memoryProvider } from "../../helpers/memoryProvider.js";

/** Runs one action the way the engine does, then its undo; returns what each step saw. */
async function roundTrip(name: string, rawParams: Record<string, unknown>) {
  const provider = memoryProvider();
  const action = actions.get(name);
  const params = action.params.parse(rawParams);
  const [target = ""] = await action.resolveTargets(params, provider);
  const targetParams = action.targetParam === null ? params : { ...params, [action.targetParam]: target };
  const ctx: ActionContext = {
    provider,
    alert: driftAlert(),
    incidentId: "inc-1",
    key: `k|${name}|${target}`,
    now: "2026-01-31T12:00:00.000Z",
  };
  const before = await action.before(target, targetParams, ctx);
  const change = action.describeChange(target, targetParams, before);
  const receipt = await action.execute(target, targetParams, before, ctx);
  const verified = await action.verify(target, targetParams, before, ctx, receipt);
  let undone = null;
  if (!("reason" in action.undo)) {
    await action.undo.undo(target, targetParams, before, ctx);
    undone = await action.undo.verify(target, targetParams, before, ctx);
  }
  return { target, before, change, verified, undone, writes: provider.faults.writes };
}

describe("action catalogue", () => {
  it("holds the eight actions, each declaring its ports and undo", () => {
    expect(actions.keys().sort()).toEqual([
      "block-prompt",
      "block-public-access",
      "disable-endpoint",
      "enforce-cmek",
      "notify",
      "quarantine-data",
      "rollback-model",
      "rotate-secret",
    ]);
    for (const [, action] of actions.entries()) expect(action.ports.length).toBeGreaterThan(0);
    expect(() => actions.get("reboot")).toThrowError(
      expect.objectContaining({ code: "UnknownKey", hint: expect.stringContaining("rollback-model") }),
    );
  });

  it.each([
    [
      "rollback-model",
      { endpoint: "fraud-detector" },
      "endpoint fraud-detector: serve fraud-v2 instead of fraud-v3",
      "in service on fraud-v3",
    ],
    [
      "disable-endpoint",
      { endpoint: "support-chat" },
      "endpoint support-chat: disable (stop serving chat-v2)",
      "back to in-service on chat-v2",
    ],
    [
      "rotate-secret",
      { secret: "db-password" },
      "secret db-password: rotate (current version v1 becomes previous)",
      "current version v1 again",
    ],
    [
      "enforce-cmek",
      { resource: "training-data", kmsKeyId: "local-kms/airr-cmek" },
      "resource training-data: encrypt with local-kms/airr-cmek instead of the provider-managed key",
      "protected by the provider-managed key",
    ],
    [
      "block-public-access",
      { store: "training-data" },
      "store training-data: block public access",
      "public access allowed",
    ],
    [
      "quarantine-data",
      { store: "training-data", prefix: "conversations/" },
      expect.stringMatching(/^store training-data: quarantine every object under "conversations\/" as q-[0-9a-f]{16}$/),
      "objects released",
    ],
    [
      "block-prompt",
      { pattern: "ignore all previous instructions" },
      expect.stringMatching(/^blocklist: add entry blk-[0-9a-f]{16} \(normalized match, 32 characters/),
      "blocklist as before",
    ],
  ])("%s: describes, executes, verifies and undoes to the before-state", async (name, params, change, undoneDetail) => {
    const result = await roundTrip(name, params);
    expect(result.change).toEqual(change);
    expect(result.verified.ok).toBe(true);
    expect(result.undone).toMatchObject({ ok: true, detail: undoneDetail });
    expect(result.writes.length).toBe(2);
  });

  it("notify sends once, verifies by message id and states why it cannot be undone", async () => {
    const result = await roundTrip("notify", { subject: "s", text: "t" });
    expect(result).toMatchObject({ target: "default", verified: { ok: true, detail: "sent as msg-1" }, undone: null });
    expect(actions.get("notify").undo).toEqual({ reason: "a sent message cannot be unsent" });
  });

  it("rollback refuses when there is no previous version, before changing anything", async () => {
    const provider = memoryProvider();
    await provider.endpoints?.deployVersion("fraud-detector", "fraud-v1");
    const action = actions.get("rollback-model");
    const params = action.params.parse({ endpoint: "fraud-detector" });
    const ctx: ActionContext = {
      provider,
      alert: driftAlert(),
      incidentId: "inc-1",
      key: "k",
      now: "2026-01-31T12:00:00.000Z",
    };
    const before = await action.before("fraud-detector", params, ctx);
    expect(() => action.describeChange("fraud-detector", params, before)).toThrowError(
      expect.objectContaining({ code: "NoPreviousVersion" }),
    );
  });

  it("a provider without the port fails with PortMissing naming it", async () => {
    const { endpoints: _omit, ...noEndpoints } = memoryProvider();
    await expect(actions.get("rollback-model").knownTargets(noEndpoints)).rejects.toMatchObject({
      code: "PortMissing",
      message: expect.stringContaining('"endpoints"'),
    });
  });
});
