import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { actions, automatedSteps, parseRunbook, runbookPolicies } from "@airr/core";
import { LocalCloud } from "@airr/local";
import { describe, expect, it } from "vitest";
import { runAirr } from "../helpers/runAirr.js";

const runbookDir = join(import.meta.dirname, "../../runbooks/");
const runbooks = readdirSync(runbookDir)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => parseRunbook(readFileSync(runbookDir + f, "utf8"), f));

async function world(): Promise<{ dir: string; cloud: LocalCloud }> {
  const dir = mkdtempSync(join(tmpdir(), "airr-runbook-"));
  const cloud = await LocalCloud.init({ dir, now: "2026-01-31T12:00:00.000Z" });
  return { dir, cloud };
}

describe("runbook automation is valid engine input", () => {
  it.each(runbooks.map((r) => ({ name: r.name, runbook: r })))(
    "$name: every step becomes a valid policy",
    ({ runbook }) => {
      const inputs = Object.fromEntries(runbook.inputs.map((i) => [i.name, `sample-${i.name}`]));
      const policies = runbookPolicies(runbook, { target: "sample-target", inputs });
      expect(policies.map((p) => p.actions[0]?.action)).toEqual(
        automatedSteps(runbook).map((s) => s.automation?.action),
      );
      for (const step of automatedSteps(runbook)) expect(actions.keys()).toContain(step.automation?.action);
    },
  );
});

describe("airr runbook", () => {
  it("lists the six runbooks", () => {
    const run = runAirr(["runbook", "list", "--json"]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { name: string }[]).map((r) => r.name)).toEqual(
      runbooks.map((r) => r.name).sort(),
    );
  });

  it("shows a runbook as the committed Markdown", () => {
    const run = runAirr(["runbook", "show", "secret-exposure"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(`${runbookDir}secret-exposure.md`, "utf8"));
  });

  it("lists the valid names for an unknown runbook", () => {
    const run = runAirr(["runbook", "show", "nope", "--json"]);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({
      error: { code: "UnknownKey", hint: expect.stringContaining("secret-exposure") },
    });
  });

  it("fails before any step without --target, with an unknown target, or a missing input", async () => {
    const { dir, cloud } = await world();
    const before = await cloud.secrets.get("llm-api-key");
    const noTarget = runAirr(["runbook", "run", "secret-exposure", "--dir", dir, "--apply", "--json"]);
    const unknown = runAirr([
      "runbook",
      "run",
      "secret-exposure",
      "--target",
      "nope",
      "--dir",
      dir,
      "--apply",
      "--json",
    ]);
    const noInput = runAirr([
      "runbook",
      "run",
      "prompt-injection-takeover",
      "--target",
      "support-chat",
      "--dir",
      dir,
      "--apply",
    ]);
    expect([noTarget.status, unknown.status, noInput.status]).toEqual([2, 2, 2]);
    expect(JSON.parse(noTarget.stdout).error.code).toBe("MissingTarget");
    expect(JSON.parse(unknown.stdout).error).toMatchObject({
      code: "TargetNotFound",
      hint: expect.stringContaining("llm-api-key"),
    });
    expect(noInput.stderr).toMatch(/MissingInput[\s\S]*--set pattern=VALUE/);
    expect(await cloud.secrets.get("llm-api-key")).toEqual(before);
    expect(await cloud.state.readAudit()).toEqual([]);
  });

  it("dry-runs by default and applies through the engine with audit when asked", async () => {
    const { dir, cloud } = await world();
    const before = await cloud.secrets.get("llm-api-key");
    const dry = runAirr(["runbook", "run", "secret-exposure", "--target", "llm-api-key", "--dir", dir]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/DRY-RUN/);
    expect(dry.stdout).toMatch(/\[ \] revoke-old \(security-engineer\)/);
    expect(await cloud.secrets.get("llm-api-key")).toEqual(before);

    const applied = runAirr([
      "runbook",
      "run",
      "secret-exposure",
      "--target",
      "llm-api-key",
      "--dir",
      dir,
      "--apply",
      "--json",
    ]);
    expect(applied.status).toBe(0);
    const body = JSON.parse(applied.stdout) as {
      incident: { initiator: string; decisions: { outcome: string }[] };
      checklist: unknown[];
    };
    expect(body.incident.initiator).toBe("runbook:secret-exposure");
    expect(body.incident.decisions.map((d) => d.outcome)).toEqual(["executed", "executed"]);
    expect(body.checklist.length).toBeGreaterThan(5);
    expect((await cloud.secrets.get("llm-api-key"))?.previousVersion).toBe(before?.currentVersion);
    expect((await cloud.state.readAudit()).some((e) => e.phase === "intent")).toBe(true);
  });

  it("runs a single step and holds a step that needs approval", async () => {
    const { dir, cloud } = await world();
    const args = [
      "runbook",
      "run",
      "compromised-weights",
      "--target",
      "fraud-detector",
      "--dir",
      dir,
      "--apply",
      "--json",
    ];
    const sets = ["--set", "verifiedVersion=fraud-v2", "--set", "kmsKeyId=local-kms/airr-cmek"];
    const one = runAirr([...args, ...sets, "--step", "rollback-to-verified"]);
    expect(JSON.parse(one.stdout).incident.decisions.map((d: { outcome: string }) => d.outcome)).toEqual(["executed"]);
    const all = runAirr([...args, ...sets]);
    const outcomes = JSON.parse(all.stdout).incident.decisions.map(
      (d: { action: { action: string }; outcome: string }) => `${d.action.action}:${d.outcome}`,
    );
    expect(outcomes).toContain("disable-endpoint:awaiting-approval");
    expect((await cloud.endpoints.get("fraud-detector"))?.status).toBe("in-service");
  });
});
