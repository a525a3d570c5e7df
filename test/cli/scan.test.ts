import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runAirr } from "../helpers/runAirr.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/anomaly/scan/${name}`, import.meta.url));
const lines = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("airr scan prompt", () => {
  it("prints one JSON line per row, in order, with exactly verdict/score/families/reasons", () => {
    // Act
    const run = runAirr(["scan", "prompt", "--input", fixture("prompts.jsonl"), "--json"]);
    // Assess
    expect(run.status).toBe(0);
    const out = lines(run.stdout);
    expect(out.map((o) => o.verdict)).toEqual(["allow", "block", "block"]);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(["verdict", "score", "families", "reasons"]);
      expect(typeof o.score).toBe("number");
    }
    expect(out[1]?.families).toContain("instruction_override");
  });

  it("applies --threshold and prints a summary table without --json", () => {
    const strict = lines(
      runAirr(["scan", "prompt", "--input", fixture("prompts.jsonl"), "--json", "--threshold", "1"]).stdout,
    );
    expect(strict.filter((o) => o.verdict === "block").length).toBeLessThanOrEqual(2);
    const table = runAirr(["scan", "prompt", "--input", fixture("prompts.jsonl")]);
    expect(table.stdout).toMatch(/row\s+verdict\s+score\s+families/);
    expect(table.stdout).toContain("2 of 3 prompts blocked (threshold 0.7).");
  });

  it("rejects a bad threshold and a bad row with exit 2 and a JSON error", () => {
    const bad = runAirr(["scan", "prompt", "--input", fixture("prompts.jsonl"), "--json", "--threshold", "7"]);
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stdout).error.code).toBe("ScanInput");
    const dir = mkdtempSync(join(tmpdir(), "airr-scan-"));
    writeFileSync(join(dir, "bad.jsonl"), '{"text": "ok"}\n{"txt": 3}\n');
    const row = runAirr(["scan", "prompt", "--input", join(dir, "bad.jsonl"), "--json"]);
    expect(row.status).toBe(2);
    expect(JSON.parse(row.stdout).error.where).toBe(`${join(dir, "bad.jsonl")}:2`);
  });
});

describe("airr scan output", () => {
  it("prints {leak, findings:[{kind, value}]} per row with per-row canary and system prompt", () => {
    const run = runAirr(["scan", "output", "--input", fixture("outputs.jsonl"), "--json"]);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toEqual([
      { leak: false, findings: [] },
      {
        leak: true,
        findings: [
          { kind: "email", value: "lee.park@shop.example" },
          { kind: "phone", value: "(415) 555-0172" },
        ],
      },
      { leak: true, findings: [{ kind: "canary_token", value: "CANARY-5E5E5E5E5E5E" }] },
      {
        leak: true,
        findings: [
          {
            kind: "system_prompt_leak",
            value: "You are Lumen, the support bot for Contoso Lamps. Only answer questions about lamps and bulbs",
          },
        ],
      },
    ]);
  });

  it("takes --canary and --system-prompt for every row; the table never shows values", () => {
    const dir = mkdtempSync(join(tmpdir(), "airr-scan-"));
    writeFileSync(
      join(dir, "sp.txt"),
      "You are Nova, the concierge of Fabrikam Hotels. Offer late checkout only to gold members.",
    );
    writeFileSync(
      join(dir, "out.jsonl"),
      '{"text": "zz-canary-77 and: You are Nova, the concierge of Fabrikam Hotels. Offer late checkout"}\n',
    );
    const run = runAirr([
      "scan",
      "output",
      "--input",
      join(dir, "out.jsonl"),
      "--system-prompt",
      join(dir, "sp.txt"),
      "--canary",
      "zz-canary-77",
      "--json",
    ]);
    expect(lines(run.stdout)[0]?.findings).toEqual([
      { kind: "canary_token", value: "zz-canary-77" },
      { kind: "system_prompt_leak", value: "You are Nova, the concierge of Fabrikam Hotels. Offer late checkout" },
    ]);
    const table = runAirr(["scan", "output", "--input", fixture("outputs.jsonl")]);
    expect(table.stdout).toContain("3 of 4 outputs leak.");
    expect(table.stdout).not.toContain("lee.park@shop.example");
  });
});
