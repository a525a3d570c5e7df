import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runAirr } from "../helpers/runAirr.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "airr-cli-inputs-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};

describe("airr alert parse", () => {
  it("prints the normalized Alert list", () => {
    const run = runAirr(["alert", "parse", join(repo, "examples/alerts/fraud-model-drift.json"), "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({
        cloud: "local",
        kind: "local.alert",
        alertName: "fraud-model-drift",
        resolvedAt: null,
      }),
    ]);
  });

  it("reads standard input for -", () => {
    const run = runAirr(["alert", "parse", "-", "--json"], {
      input: '{"alertName":"a","alertId":"b","state":"firing"}',
    });
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({ alertName: "a", alertId: "b", state: "firing" }),
    ]);
  });

  it.each([
    ["bad.json", "{not json", "InvalidJson"],
    ["proto.json", '{"alertName":"a","alertId":"b","__proto__":{"admin":true}}', "ValidationError"],
    ["missing.json", '{"alertName":"a","alertId":"b"}', "MissingRequiredField"],
    ["other.json", '{"hello":"world"}', "UnsupportedSchema"],
    ["big.json", `{"alertName":"a","alertId":"b","pad":"${"x".repeat(300 * 1024)}"}`, "PayloadTooLarge"],
  ])("%s -> {error:{code:%s}} and exit 2", (name, text, code) => {
    const run = runAirr(["alert", "parse", file(name, text), "--json"]);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({ code, message: expect.any(String) });
  });
});

describe("airr policy validate", () => {
  it("accepts the example and lists its policies", () => {
    const run = runAirr(["policy", "validate", join(repo, "examples/policies/airr-policies.yaml")]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("6 valid policies");
  });

  it("reports every problem with file:line:column and exits 2", () => {
    const bad = file(
      "bad.yaml",
      "apiVersion: airr/v1\nkind: Policy\nname: x\nmatch: { severity: urgent }\nactions:\n  - action: reboot\n",
    );
    const run = runAirr(["policy", "validate", bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${bad}:4:20: match.severity: invalid value "urgent"`);
    expect(run.stderr).toMatch(
      /bad\.yaml:6:13: actions\[0\]\.action: unknown action "reboot" \(fix: valid actions: block-prompt, .*rotate-secret\)/,
    );
    const asJson = runAirr(["policy", "validate", bad, "--json"]);
    expect(JSON.parse(asJson.stdout).error).toMatchObject({
      code: "InvalidPolicy",
      problems: [expect.objectContaining({ line: 4 }), expect.objectContaining({ line: 6 })],
    });
  });
});

describe("airr --help and demo", () => {
  it("every command has help", () => {
    for (const args of [
      ["--help"],
      ["respond", "--help"],
      ["alert", "parse", "--help"],
      ["policy", "validate", "--help"],
      ["incidents", "list", "--help"],
      ["approve", "--help"],
      ["undo", "--help"],
      ["demo", "--help"],
    ]) {
      const run = runAirr(args);
      expect(run.status, args.join(" ")).toBe(0);
      expect(run.stdout).toContain("Usage: airr");
    }
  });

  it("the demo rolls back, verifies and then skips the duplicate", () => {
    const run = runAirr(["demo", "--dir", join(work, "demo"), "--json"]);
    expect(run.status).toBe(0);
    const { first, second } = JSON.parse(run.stdout);
    expect(first.decisions[0]).toMatchObject({
      outcome: "executed",
      verification: { ok: true, detail: "in service on fraud-v2" },
    });
    expect(second.decisions.map((d: { outcome: string }) => d.outcome)).toEqual([
      "skipped:duplicate",
      "skipped:duplicate",
    ]);
  });
});
