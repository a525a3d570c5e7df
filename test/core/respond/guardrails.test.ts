import { respond } from "@airr/core";
import { describe, expect, it } from "vitest";
import { driftAlert, policy, rollbackPolicy, testClock } from "../../helpers/engineFixtures.js";
import { memoryProvider } from "../../helpers/memoryProvider.js";

const MINUTE = 60_000;

describe("guardrails", () => {
  it("cooldown: the policy leaves a target alone until the cooldown ends", async () => {
    const provider = memoryProvider();
    const { clock, advance } = testClock();
    const guarded = rollbackPolicy("  cooldown: 30m");
    const first = await respond(driftAlert(), [guarded], provider, { mode: "apply", clock });
    advance(10 * MINUTE);
    const second = await respond(driftAlert({ alertId: "drift/2" }), [guarded], provider, { mode: "apply", clock });
    advance(21 * MINUTE);
    const third = await respond(driftAlert({ alertId: "drift/3" }), [guarded], provider, { mode: "apply", clock });
    expect(first.decisions[0]?.outcome).toBe("executed");
    expect(second.decisions[0]).toMatchObject({
      outcome: "skipped:cooldown",
      reason: "cooldown (30m) until 2026-01-31T12:30:00.000Z",
    });
    expect(third.decisions[0]?.outcome).toBe("executed");
    // A skipped action gives its claim back, so the alert may act once the cooldown ends.
    expect(provider.state.claims.has(second.decisions[0]?.action.key ?? "")).toBe(false);
  });

  it("maxActions: counts per target (any policy) and per policy within the window", async () => {
    const provider = memoryProvider();
    const { clock, advance } = testClock();
    const perTarget = policy(`name: pin-v2
match: { alertName: "*-drift" }
actions:
  - action: rollback-model
    params: { endpoint: fraud-detector, toVersion: fraud-v2 }
guardrails:
  maxActions: { window: 1h, perTarget: 2 }`);
    const outcomes: string[] = [];
    for (const n of [1, 2, 3]) {
      const incident = await respond(driftAlert({ alertId: `drift/${n}` }), [perTarget], provider, {
        mode: "apply",
        clock,
      });
      outcomes.push(incident.decisions[0]?.outcome ?? "");
      advance(MINUTE);
    }
    expect(outcomes).toEqual(["executed", "executed", "skipped:max-actions"]);
    advance(60 * MINUTE);
    const later = await respond(driftAlert({ alertId: "drift/4" }), [perTarget], provider, { mode: "apply", clock });
    expect(later.decisions[0]?.outcome).toBe("executed");

    const perPolicy = policy(`name: rotate-any
match: { alertName: "*" }
actions:
  - action: rotate-secret
    params: { secret: "\${alert.labels.secret}" }
guardrails:
  maxActions: { window: 1h, perPolicy: 1 }`);
    const a = await respond(driftAlert({ labels: { secret: "llm-api-key" } }), [perPolicy], provider, {
      mode: "apply",
      clock,
    });
    const b = await respond(driftAlert({ labels: { secret: "db-password" } }), [perPolicy], provider, {
      mode: "apply",
      clock,
    });
    expect(a.decisions[0]?.outcome).toBe("executed");
    expect(b.decisions[0]).toMatchObject({
      outcome: "skipped:max-actions",
      reason: expect.stringContaining("perPolicy 1"),
    });
  });

  it("blast radius: a glob over too many targets, by count or by percent of known targets, touches none", async () => {
    const provider = memoryProvider();
    const clock = testClock().clock;
    const rotateAll = (guardrails: string) =>
      policy(`name: rotate-all
match: { alertName: "*" }
actions:
  - action: rotate-secret
    params: { secret: "*" }
guardrails:
${guardrails}`);
    const byCount = await respond(driftAlert(), [rotateAll("  blastRadius: { maxTargets: 1 }")], provider, {
      mode: "apply",
      clock,
    });
    expect(byCount.decisions.map((d) => d.outcome)).toEqual(["skipped:blast-radius", "skipped:blast-radius"]);
    expect(byCount.decisions[0]?.reason).toBe("2 targets exceed blastRadius.maxTargets 1");
    const byPercent = await respond(
      driftAlert(),
      [rotateAll("  blastRadius: { maxTargets: 5, maxPercent: 50 }")],
      provider,
      {
        mode: "apply",
        clock,
      },
    );
    expect(byPercent.decisions[0]?.reason).toBe("2 of 2 known targets (100.0%) exceed blastRadius.maxPercent 50");
    const one = policy(`name: rotate-llm
match: { alertName: "*" }
actions:
  - action: rotate-secret
    params: { secret: "llm-*" }
guardrails:
  blastRadius: { maxTargets: 1, maxPercent: 50 }`);
    const within = await respond(driftAlert(), [one], provider, { mode: "apply", clock });
    expect(within.decisions.map((d) => [d.action.target, d.outcome])).toEqual([["llm-api-key", "executed"]]);
    expect(provider.faults.writes).toEqual(["rotate llm-api-key"]);
  });

  it("exempt: policy rules (target, label) and exemptions humans put in the StateStore, until they expire", async () => {
    const provider = memoryProvider();
    const { clock, advance } = testClock();
    const byTarget = rollbackPolicy(`  exempt:
    - { target: "fraud-*", until: "2026-01-31T13:00:00Z", reason: canary running }`);
    const exempted = await respond(driftAlert(), [byTarget], provider, { mode: "apply", clock });
    expect(exempted.decisions[0]).toMatchObject({
      outcome: "skipped:exempt",
      reason: expect.stringContaining("canary running"),
    });
    const byLabel = rollbackPolicy(`  exempt:
    - { label: "team=ml-fraud", until: "2026-01-31T13:00:00Z", reason: team handles it }`);
    expect((await respond(driftAlert(), [byLabel], provider, { mode: "apply", clock })).decisions[0]?.outcome).toBe(
      "skipped:exempt",
    );

    await provider.state.putExemption({
      target: "fraud-detector",
      reason: "reopened on purpose",
      by: "alice",
      until: "2026-01-31T14:00:00.000Z",
    });
    const human = await respond(driftAlert(), [rollbackPolicy()], provider, { mode: "apply", clock });
    expect(human.decisions[0]).toMatchObject({
      outcome: "skipped:exempt",
      reason: expect.stringContaining("exempted by alice"),
    });
    advance(3 * 60 * MINUTE);
    const expired = await respond(driftAlert(), [rollbackPolicy(), byTarget], provider, { mode: "apply", clock });
    expect(expired.decisions[0]?.outcome).toBe("executed");
  });

  it("human label exemptions use label:key=value", async () => {
    const provider = memoryProvider();
    await provider.state.putExemption({
      target: "label:team=ml-fraud",
      reason: "freeze",
      by: "bob",
      until: "2027-01-01T00:00:00.000Z",
    });
    const incident = await respond(driftAlert(), [rollbackPolicy()], provider, {
      mode: "apply",
      clock: testClock().clock,
    });
    expect(incident.decisions[0]?.outcome).toBe("skipped:exempt");
  });

  it("onError: stop skips the policy's remaining actions; continue runs them", async () => {
    const steps = `  - action: rollback-model
    params: { endpoint: no-such-endpoint }
  - action: notify
    params: { subject: s, text: t }`;
    const make = (onError: string) =>
      policy(`name: p-${onError}
match: { alertName: "*" }
actions:
${steps}
guardrails: { onError: ${onError} }`);
    const stopping = await respond(driftAlert(), [make("stop")], memoryProvider(), {
      mode: "apply",
      clock: testClock().clock,
    });
    expect(stopping.decisions.map((d) => d.outcome)).toEqual(["failed", "skipped:on-error"]);
    const going = await respond(driftAlert(), [make("continue")], memoryProvider(), {
      mode: "apply",
      clock: testClock().clock,
    });
    expect(going.decisions.map((d) => d.outcome)).toEqual(["failed", "executed"]);
  });
});
