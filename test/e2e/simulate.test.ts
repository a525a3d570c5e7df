import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runScenario, type ScenarioResult, scenarios } from "@airr/scenarios";
import { describe, expect, it } from "vitest";
import { runAirr } from "../helpers/runAirr.js";

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `airr-e2e-${name}-`));

describe.each(scenarios.keys())("airr simulate %s", (name) => {
  it("runs end to end on the local cloud: detected, remediated, verified, end state holds", () => {
    // Prepare
    const report = join(tmp(name), "report.html");
    // Act
    const run = runAirr(["simulate", name, "--seed", "42", "--json", "--report", report]);
    // Assess
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as ScenarioResult;
    expect(result.passed).toBe(true);
    expect(result.detectedT).not.toBeNull();
    expect(result.timeToDetectSeconds).toBeGreaterThanOrEqual(0);
    expect(result.timeToRemediateSeconds).toBeGreaterThan(0);
    expect(result.incidents.length).toBeGreaterThan(0);
    for (const incident of result.incidents) {
      expect(incident.initiator).toBe(`simulate:${name}`);
      expect(incident.decisions.every((d) => d.outcome === "executed" && d.verification?.ok === true)).toBe(true);
    }
    expect(result.endState.length).toBeGreaterThan(0);
    expect(result.endState.filter((c) => !c.ok)).toEqual([]);
    const phases = new Set(result.timeline.map((e) => e.phase));
    for (const phase of ["attack", "detection", "alert", "decision", "action", "verification", "end-state"]) {
      expect(phases).toContain(phase);
    }
    const html = readFileSync(report, "utf8");
    expect(html).toContain('<canvas id="chart"');
    expect(html).toContain("Time to detect");
    expect(html).toMatch(/"label":"detected"/);
  });
});

describe("simulation determinism", () => {
  it("gives the same timeline for the same seed, and a different one for another seed", async () => {
    const name = scenarios.keys()[0] ?? "";
    const strip = (r: ScenarioResult) => JSON.stringify({ timeline: r.timeline, signal: r.signal });
    const a = await runScenario(scenarios.get(name), { seed: 7, dir: tmp("a") });
    const b = await runScenario(scenarios.get(name), { seed: 7, dir: tmp("b") });
    const c = await runScenario(scenarios.get(name), { seed: 8, dir: tmp("c") });
    expect(strip(b)).toBe(strip(a));
    expect(strip(c)).not.toBe(strip(a));
  });
});

describe("airr simulate bad input", () => {
  it("lists the valid scenarios for an unknown name", () => {
    const run = runAirr(["simulate", "no-such-scenario", "--json"]);
    expect(run.status).toBe(2);
    const body = JSON.parse(run.stdout) as { error: { code: string; hint: string } };
    expect(body.error.code).toBe("UnknownKey");
    for (const name of scenarios.keys()) expect(body.error.hint).toContain(name);
  });

  it("rejects a seed that is not a non-negative integer", () => {
    const run = runAirr(["simulate", scenarios.keys()[0] ?? "", "--seed", "1.5"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/InvalidSeed/);
  });
});
