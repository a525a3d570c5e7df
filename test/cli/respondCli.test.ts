import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runAirr } from "../helpers/runAirr.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const alertFile = join(repo, "examples/alerts/fraud-model-drift.json");
const policyFile = join(repo, "examples/policies/airr-policies.yaml");
const work = mkdtempSync(join(tmpdir(), "airr-cli-respond-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const json = (text: string) =>
  JSON.parse(text) as Record<string, unknown> & { decisions: { outcome: string; action: { key: string } }[] };

describe("airr respond / incidents / undo / approve", () => {
  it("dry-run by default, then --apply acts; incidents list|show and undo follow", () => {
    const dir = join(work, "cloud");
    expect(runAirr(["local", "init", "--dir", dir]).status).toBe(0);
    const base = ["--alert", alertFile, "--policy", policyFile, "--state-dir", dir];

    const dry = runAirr(["respond", ...base, "--json"]);
    expect(dry.status).toBe(0);
    expect(json(dry.stdout)).toMatchObject({
      status: "dry-run",
      decisions: [
        { outcome: "dry-run", change: "endpoint fraud-detector: serve fraud-v2 instead of fraud-v3" },
        { outcome: "dry-run" },
      ],
    });

    const applied = runAirr(["respond", ...base, "--apply"]);
    expect(applied.status).toBe(0);
    expect(applied.stdout).toMatch(/rollback-model\s+fraud-detector\s+executed\s+verified: in service on fraud-v2/);
    expect(applied.stderr).toContain("verifying");
    const again = runAirr(["respond", ...base, "--apply", "--json"]);
    expect(json(again.stdout).decisions.map((d) => d.outcome)).toEqual(["skipped:duplicate", "skipped:duplicate"]);
  });

  it("applies, lists, shows a timeline, undoes", () => {
    const dir = join(work, "cloud2");
    runAirr(["local", "init", "--dir", dir]);
    const applied = json(
      runAirr(["respond", "--alert", alertFile, "--policy", policyFile, "--state-dir", dir, "--apply", "--json"])
        .stdout,
    );
    const id = String(applied.id);
    const list = runAirr(["incidents", "list", "--state-dir", dir]);
    expect(list.stdout).toContain(id);
    const show = runAirr(["incidents", "show", id, "--state-dir", dir]);
    expect(show.stdout).toContain(`Timeline of ${id}`);
    expect(show.stdout).toContain("→ intent: endpoint fraud-detector: serve fraud-v2 instead of fraud-v3");
    const preview = runAirr(["undo", id, "--state-dir", dir]);
    expect(preview.stdout).toContain("endpoint fraud-detector: serve fraud-v3 again");
    const undone = runAirr(["undo", id, "--state-dir", dir, "--apply", "--json"]);
    expect(undone.status).toBe(0);
    expect(JSON.parse(undone.stdout).results.map((r: { outcome: string }) => r.outcome)).toEqual([
      "not-undoable",
      "undone",
    ]);
    const missing = runAirr(["incidents", "show", "inc-nope", "--state-dir", dir, "--json"]);
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.stdout).error.code).toBe("IncidentNotFound");
  });

  it("an approval-gated incident waits until `airr approve --apply`", () => {
    const dir = join(work, "cloud3");
    runAirr(["local", "init", "--dir", dir]);
    const leak = join(work, "leak.json");
    writeFileSync(
      leak,
      JSON.stringify({
        alertName: "secret-leak-output",
        alertId: "leak/1",
        state: "firing",
        severity: "critical",
        labels: { secret: "llm-api-key" },
      }),
    );
    const waiting = json(
      runAirr(["respond", "--alert", leak, "--policy", policyFile, "--state-dir", dir, "--apply", "--json"]).stdout,
    );
    expect(waiting.status).toBe("awaiting-approval");
    const key = waiting.decisions[0]?.action.key ?? "";
    const approved = runAirr([
      "approve",
      String(waiting.id),
      "--action",
      key,
      "--policy",
      policyFile,
      "--state-dir",
      dir,
      "--apply",
      "--by",
      "alice",
      "--json",
    ]);
    expect(approved.status).toBe(0);
    expect(JSON.parse(approved.stdout).decisions).toEqual([expect.objectContaining({ outcome: "executed" })]);
  });

  it("an exemption a human adds with `airr exempt add` makes the policy skip the target", () => {
    const dir = join(work, "cloud4");
    runAirr(["local", "init", "--dir", dir]);
    const added = runAirr([
      "exempt",
      "add",
      "fraud-detector",
      "--until",
      "2h",
      "--reason",
      "canary running",
      "--by",
      "bob",
      "--state-dir",
      dir,
    ]);
    expect(added.status).toBe(0);
    const dry = json(
      runAirr(["respond", "--alert", alertFile, "--policy", policyFile, "--state-dir", dir, "--json"]).stdout,
    );
    expect(dry.decisions.map((d) => d.outcome)).toEqual(["skipped:exempt", "dry-run"]);
    expect(runAirr(["exempt", "add", "x", "--until", "yesterday", "--reason", "r", "--state-dir", dir]).status).toBe(2);
    const removed = runAirr(["exempt", "remove", "fraud-detector", "--state-dir", dir, "--json"]);
    expect(removed.status).toBe(0);
    expect(JSON.parse(removed.stdout)).toMatchObject({ target: "fraud-detector", by: "bob" });
    const after = json(
      runAirr(["respond", "--alert", alertFile, "--policy", policyFile, "--state-dir", dir, "--json"]).stdout,
    );
    expect(after.decisions.map((d) => d.outcome)).toEqual(["dry-run", "dry-run"]);
    const again = runAirr(["exempt", "remove", "fraud-detector", "--state-dir", dir, "--json"]);
    expect(again.status).toBe(2);
    expect(JSON.parse(again.stdout).error).toMatchObject({ code: "ExemptionNotFound" });
  });

  it("bad input exits 2 with a typed error and changes nothing", () => {
    const unknownCloud = runAirr(["respond", "--alert", alertFile, "--cloud", "mars", "--json"], { cwd: work });
    expect(unknownCloud.status).toBe(2);
    expect(JSON.parse(unknownCloud.stdout).error).toMatchObject({
      code: "UnknownKey",
      hint: expect.stringContaining("local"),
    });
    const noFile = runAirr(["respond", "--alert", join(work, "nope.json")], { cwd: work });
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toContain("error [FileNotFound]");
    expect(runAirr(["respond"]).status).toBe(2);
  });
});
