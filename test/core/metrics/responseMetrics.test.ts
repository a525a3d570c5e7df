import { type Incident, ResponseMetrics, type Signal } from "@airr/core";
import { describe, expect, it } from "vitest";
import { registerResponseMetrics } from "../../../core/src/prometheus.js";

const signal = (name: string, score: number, detected: boolean): Signal => ({
  kind: "drift.data",
  name,
  score,
  threshold: 0.05,
  detected,
  evidence: { secretish: "never exported" },
});
const incident = (status: Incident["status"], outcomes: string[]) =>
  ({
    status,
    decisions: outcomes.map((outcome) => ({ action: { action: "rollback-model" }, outcome })),
  }) as unknown as Incident;

describe("ResponseMetrics", () => {
  it("keeps the last score per signal and counts by detected, decision and status", () => {
    const metrics = new ResponseMetrics()
      .recordSignal(signal("ks:amount", 0.2, false))
      .recordSignal(signal("ks:amount", 0.01, true))
      .recordIncident(incident("completed", ["executed"]))
      .recordIncident(incident("dry-run", ["dry-run", "dry-run"]));
    expect(metrics.snapshot()).toEqual({
      signals: [{ kind: "drift.data", name: "ks:amount", score: 0.01, threshold: 0.05 }],
      signalCounts: { "drift.data|ks:amount|false": 1, "drift.data|ks:amount|true": 1 },
      decisionCounts: { "rollback-model|executed": 1, "rollback-model|dry-run": 2 },
      incidentCounts: { completed: 1, "dry-run": 1 },
    });
  });

  it("survives a JSON round trip", () => {
    const metrics = new ResponseMetrics()
      .recordSignal(signal("psi:age", 0.3, true))
      .recordIncident(incident("failed", ["failed"]));
    const restored = ResponseMetrics.fromJSON(JSON.parse(JSON.stringify(metrics)));
    expect(restored.snapshot()).toEqual(metrics.snapshot());
  });

  it("exports Prometheus text with the documented names and no evidence", async () => {
    const metrics = new ResponseMetrics()
      .recordSignal(signal("ks:amount", 0.01, true))
      .recordIncident(incident("completed", ["executed"]));
    const text = await registerResponseMetrics(metrics).metrics();
    expect(text).toContain('airr_signal_score{kind="drift.data",name="ks:amount"} 0.01');
    expect(text).toContain('airr_signal_threshold{kind="drift.data",name="ks:amount"} 0.05');
    expect(text).toContain('airr_signals_total{kind="drift.data",name="ks:amount",detected="true"} 1');
    expect(text).toContain('airr_incident_decisions_total{action="rollback-model",outcome="executed"} 1');
    expect(text).toContain('airr_incidents_total{status="completed"} 1');
    expect(text).not.toContain("secretish");
  });
});
