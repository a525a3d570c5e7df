import { respond } from "@airr/core";
import { describe, expect, it } from "vitest";
import { driftAlert, policy, rollbackPolicy, testClock } from "../../helpers/engineFixtures.js";
import { memoryProvider, SECRET_VALUES } from "../../helpers/memoryProvider.js";

describe("respond", () => {
  it("rolls the model back, verifies, settles the claim and audits intent before outcome", async () => {
    // Prepare
    const provider = memoryProvider();
    const { clock } = testClock();
    // Act
    const incident = await respond(driftAlert(), [rollbackPolicy()], provider, { mode: "apply", clock });
    // Assess
    const [decision] = incident.decisions;
    expect(incident.status).toBe("completed");
    expect(decision).toMatchObject({ outcome: "executed", verification: { ok: true }, undoable: true });
    expect(decision?.change).toBe("endpoint fraud-detector: serve fraud-v2 instead of fraud-v3");
    expect((await provider.endpoints?.get("fraud-detector"))?.currentVersion).toBe("fraud-v2");
    expect(provider.state.claims.get(decision?.action.key ?? "")?.settled).toBe(true);
    const events = provider.state.audit.map((e) => `${e.phase}:${e.event}`);
    expect(events).toEqual(["note:opened", "intent:execute", "note:acted", "outcome:executed", "note:closed"]);
    expect(await provider.state.getIncident(incident.id)).toEqual(incident);
  });

  it("dry-run shows the exact change and writes nothing, not even to the state store", async () => {
    const provider = memoryProvider();
    const incident = await respond(driftAlert(), [rollbackPolicy()], provider, { clock: testClock().clock });
    expect(incident.status).toBe("dry-run");
    expect(incident.decisions[0]).toMatchObject({
      outcome: "dry-run",
      change: "endpoint fraud-detector: serve fraud-v2 instead of fraud-v3",
      before: { currentVersion: "fraud-v3" },
    });
    expect(provider.faults.writes).toEqual([]);
    expect(provider.state.audit).toEqual([]);
    expect(provider.state.incidents.size).toBe(0);
    expect(provider.state.claims.size).toBe(0);
  });

  it("skips the same alert delivered again as a duplicate, in apply and in dry-run", async () => {
    const provider = memoryProvider();
    const { clock } = testClock();
    await respond(driftAlert(), [rollbackPolicy()], provider, { mode: "apply", clock });
    const again = await respond(driftAlert(), [rollbackPolicy()], provider, { mode: "apply", clock });
    const dry = await respond(driftAlert(), [rollbackPolicy()], provider, { clock });
    expect(again.decisions[0]?.outcome).toBe("skipped:duplicate");
    expect(again.decisions[0]?.reason).toMatch(/already executed by inc-/);
    expect(dry.decisions[0]?.outcome).toBe("skipped:duplicate");
    expect(dry.decisions[0]?.reason).toBe(again.decisions[0]?.reason);
    expect(provider.faults.writes).toEqual(["deploy fraud-detector fraud-v2"]);
  });

  it("dry-run reports an action another responder is running as in progress, and takes no claim", async () => {
    const provider = memoryProvider();
    const { clock } = testClock();
    const key = (await respond(driftAlert(), [rollbackPolicy()], provider, { clock })).decisions[0]?.action.key ?? "";
    await provider.state.claim(key, "inc-other", clock().toISOString(), "2999-01-01T00:00:00.000Z");
    const dry = await respond(driftAlert(), [rollbackPolicy()], provider, { clock });
    expect(dry.decisions[0]).toMatchObject({
      outcome: "skipped:duplicate",
      reason: expect.stringMatching(/in progress by inc-other/),
    });
    expect(provider.state.claims.get(key)).toMatchObject({ owner: "inc-other", settled: false });
  });

  it("executes once under 50 concurrent deliveries of the same alert", async () => {
    const provider = memoryProvider();
    const { clock } = testClock();
    const incidents = await Promise.all(
      Array.from({ length: 50 }, () => respond(driftAlert(), [rollbackPolicy()], provider, { mode: "apply", clock })),
    );
    const outcomes = incidents.map((i) => i.decisions[0]?.outcome);
    expect(outcomes.filter((o) => o === "executed")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "skipped:duplicate")).toHaveLength(49);
    expect(provider.faults.writes).toHaveLength(1);
  });

  it("only notifies for a resolved alert", async () => {
    const provider = memoryProvider();
    const notifying = rollbackPolicy(
      "",
      `  - action: notify\n    params: { subject: "\${alert.alertName} \${alert.state}", text: t }`,
    );
    const incident = await respond(
      driftAlert({ state: "resolved", resolvedAt: "2026-01-31T12:10:00.000Z" }),
      [notifying],
      provider,
      {
        mode: "apply",
        clock: testClock().clock,
      },
    );
    expect(incident.decisions.map((d) => d.outcome)).toEqual(["skipped:not-firing", "executed"]);
    expect(provider.sent[0]?.subject).toBe("fraud-model-drift resolved");
    expect(incident.decisions[1]?.action.key).toBe("local:alert/fraud-model-drift/1@resolved|notify|default");
    expect(provider.faults.writes).toEqual([]);
  });

  it("reports no-match when no policy matches", async () => {
    const provider = memoryProvider();
    const incident = await respond(driftAlert({ alertName: "latency-high" }), [rollbackPolicy()], provider, {
      mode: "apply",
    });
    expect(incident).toMatchObject({ status: "no-match", decisions: [], policies: [] });
  });

  it("blocks the action when a lookup fails: missing template value, unknown target, failing list, exemptions or claim", async () => {
    const provider = memoryProvider();
    const clock = testClock().clock;
    const byLabel = policy(`name: by-label
match: { alertName: "*" }
actions:
  - action: rotate-secret
    params: { secret: "\${alert.labels.secret}" }`);
    const noLabel = await respond(driftAlert(), [byLabel], provider, { mode: "apply", clock });
    expect(noLabel.decisions[0]).toMatchObject({ outcome: "failed", error: { code: "TemplateValueMissing" } });
    const unknown = await respond(driftAlert({ resourceId: "endpoint/nope" }), [rollbackPolicy()], provider, {
      mode: "apply",
      clock,
    });
    expect(unknown.decisions[0]).toMatchObject({ outcome: "failed", error: { code: "TargetNotFound" } });
    provider.faults.failList = true;
    const failing = await respond(driftAlert(), [rollbackPolicy()], provider, { mode: "apply", clock });
    expect(failing.decisions[0]).toMatchObject({ outcome: "failed", error: { code: "LookupFailed" } });
    provider.faults.failList = false;
    provider.state.failExemptions = true;
    const noExemptions = await respond(driftAlert(), [rollbackPolicy()], provider, { mode: "apply", clock });
    expect(noExemptions.decisions[0]).toMatchObject({ outcome: "failed", error: { code: "LookupFailed" } });
    provider.state.failExemptions = false;
    provider.state.failClaims = true;
    const noClaim = await respond(driftAlert(), [rollbackPolicy()], provider, { mode: "apply", clock });
    expect(noClaim.decisions[0]).toMatchObject({
      outcome: "failed",
      reason: expect.stringMatching(/^claiming .* failed; did not act/),
    });
    expect(provider.faults.writes).toEqual([]);
    expect(provider.state.claims.size).toBe(0);
  });

  it("escalates through notify when verification fails, and records no success", async () => {
    const provider = memoryProvider();
    provider.faults.brokenDeploy = true;
    const incident = await respond(driftAlert(), [rollbackPolicy()], provider, {
      mode: "apply",
      clock: testClock().clock,
    });
    expect(incident.status).toBe("failed");
    expect(incident.decisions[0]).toMatchObject({
      outcome: "failed",
      verification: { ok: false },
      error: { code: "VerificationFailed" },
    });
    expect(provider.sent).toHaveLength(1);
    expect(provider.sent[0]).toMatchObject({ severity: "critical", incidentId: incident.id });
    expect(provider.sent[0]?.subject).toContain("did not verify");
    const key = incident.decisions[0]?.action.key ?? "";
    expect(provider.state.claims.get(key)?.settled).toBe(false);
    expect(provider.state.audit.map((e) => e.event)).not.toContain("executed");
    expect(provider.state.actionsLog.size).toBe(0);
  });

  it("never puts a secret value into the incident or the audit log", async () => {
    const provider = memoryProvider();
    const rotate = policy(`name: rotate
match: { alertName: "secret-*" }
actions:
  - action: rotate-secret
    params: { secret: "\${alert.labels.secret}" }`);
    const alert = driftAlert({ alertName: "secret-leak", labels: { secret: "llm-api-key" } });
    const incident = await respond(alert, [rotate], provider, { mode: "apply", clock: testClock().clock });
    expect(incident.decisions[0]).toMatchObject({
      outcome: "executed",
      after: { currentVersion: "v2", previousVersion: "v1" },
    });
    const recorded = JSON.stringify([incident, provider.state.audit, provider.sent]);
    for (const value of Object.values(SECRET_VALUES)) expect(recorded).not.toContain(value);
  });
});
