import { createActionRegistry, defineAction, loadPolicies, respond } from "@airr/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { driftAlert, testClock } from "../../helpers/engineFixtures.js";
import { memoryProvider } from "../../helpers/memoryProvider.js";

/** An action whose execute dies half-way the first time (as a crashed process would leave it). */
function flakyRegistry() {
  let calls = 0;
  const flaky = defineAction({
    name: "flaky",
    summary: "fails the first time",
    params: z.object({ target: z.string() }).strict(),
    ports: [],
    targetParam: "target",
    knownTargets: async () => ["t"],
    before: async () => ({ calls }),
    describeChange: () => "flip t",
    execute: async () => {
      calls += 1;
      if (calls === 1) throw new Error("connection reset half-way");
    },
    verify: async () => ({ ok: true, detail: "flipped", after: { calls } }),
    undo: { reason: "test action" },
  });
  return createActionRegistry().register("flaky", flaky);
}

const flakyPolicies = (actions: ReturnType<typeof flakyRegistry>) =>
  loadPolicies(
    "apiVersion: airr/v1\nkind: Policy\nname: flaky\nmatch: {}\nactions: [{ action: flaky, params: { target: t } }]\n",
    "f.yaml",
    { actions },
  );

describe("write-ahead audit and claims after a failure mid-action", () => {
  it("the audit says which step finished; the claim is held until it expires, then a delivery retries", async () => {
    const provider = memoryProvider();
    const { clock, advance } = testClock();
    const actions = flakyRegistry();
    const flakyPolicy = flakyPolicies(actions)[0];
    if (!flakyPolicy) throw new Error("no policy");
    const first = await respond(driftAlert(), [flakyPolicy], provider, { mode: "apply", clock, actions });
    expect(first.decisions[0]).toMatchObject({ outcome: "failed", error: { message: "connection reset half-way" } });
    expect(first.decisions[0]?.reason).toMatch(/^failed while acting: connection reset half-way; escalated/);
    const steps = provider.state.audit.filter((e) => e.actionKey !== null).map((e) => `${e.phase}:${e.event}`);
    expect(steps).toEqual(["intent:execute", "outcome:failed", "note:escalated"]);
    expect(provider.sent[0]?.subject).toBe("airr: flaky on t failed while acting");

    const soon = await respond(driftAlert(), [flakyPolicy], provider, { mode: "apply", clock, actions });
    expect(soon.decisions[0]).toMatchObject({
      outcome: "skipped:duplicate",
      reason: expect.stringMatching(/^in progress by inc-/),
    });
    advance(16 * 60_000);
    const retry = await respond(driftAlert(), [flakyPolicy], provider, { mode: "apply", clock, actions });
    expect(retry.decisions[0]).toMatchObject({ outcome: "executed", verification: { ok: true } });
  });
});
