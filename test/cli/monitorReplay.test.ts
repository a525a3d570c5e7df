import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runAirr } from "../helpers/runAirr.js";

const log = fileURLToPath(new URL("../fixtures/health/replay.jsonl", import.meta.url));

describe("airr monitor replay", () => {
  it("prints the documented --json shape", () => {
    const dir = mkdtempSync(join(tmpdir(), "airr-monitor-"));
    const config = join(dir, "monitor.yaml");
    writeFileSync(config, "timeZone: America/New_York\nchecks:\n  cost:\n    dailyBudgetUsd: 0.01\n");

    const run = runAirr(["monitor", "replay", "--input", log, "--config", config, "--json"]);
    const out = JSON.parse(run.stdout);

    expect(run.status).toBe(0);
    expect(out.health).toEqual(expect.objectContaining({ status: "unknown", reason: expect.any(String) }));
    expect(out.counts).toEqual(expect.objectContaining({ predictions: 2, errors: 1, rejected: 2 }));
    expect(out.rejected).toEqual({ "confidence-out-of-range": 1, "feedback-unknown-prediction-id": 1 });
    expect(out.latency).toEqual(
      expect.objectContaining({ p50: expect.any(Number), p95: expect.any(Number), p99: expect.any(Number) }),
    );
    expect(out.confidence).toEqual(expect.objectContaining({ mean: 0.71, ema: expect.any(Number) }));
    expect(out.feedback).toEqual(
      expect.objectContaining({
        labelled: 2,
        accuracy: 0.5,
        macro: { precision: 0.5, recall: 0.25, f1: expect.closeTo(1 / 3, 12) },
        micro: { precision: 0.5, recall: 0.5, f1: 0.5 },
        perClass: {
          fraud: { precision: 1, recall: 0.5, f1: expect.closeTo(2 / 3, 12), support: 2 },
          legit: { precision: 0, recall: 0, f1: 0, support: 0 },
        },
      }),
    );
    // 300 in + 20 out at gpt-4o-mini list price, plus the given $0.002.
    expect(out.cost.totalUsd).toBeCloseTo(0.002057, 12);
    expect(out.cost.tokens).toEqual({ input: 300, output: 20, total: 320 });
    // The first prediction was at 23:30 on Mar 7 in New York, so today's spend is only the second.
    expect(out.cost.daily).toMatchObject({ period: "2026-03-08", spentUsd: 0.002 });
    expect(out.checks.map((c: { name: string }) => c.name)).toContain("health.cost-daily");
    expect(out.retrain).toEqual({ decision: "keep", reasons: [] });
  });

  it("prints a readable report by default", () => {
    const run = runAirr(["monitor", "replay", "--input", log]);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain("rejected 1 x confidence-out-of-range");
    expect(run.stdout).toMatch(/retrain: keep/);
  });

  it("names the file and line of a malformed row and exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "airr-monitor-"));
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, '{"type":"feedback","id":"a","label":"x"}\n{"type":"guess","id":"b"}\n');

    const run = runAirr(["monitor", "replay", "--input", bad, "--json"]);

    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({ code: "InvalidReplayRow", where: `${bad}:2` });
  });

  it("rejects a config the monitor cannot use", () => {
    const dir = mkdtempSync(join(tmpdir(), "airr-monitor-"));
    const config = join(dir, "c.json");
    writeFileSync(config, '{"timeZone":"Mars/Olympus"}');

    const run = runAirr(["monitor", "replay", "--input", log, "--config", config, "--json"]);

    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({ code: "InvalidMonitorConfig", where: "config.timeZone" });
  });
});
