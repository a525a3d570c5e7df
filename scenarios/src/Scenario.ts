import type { Incident } from "@airr/core";
import type { LocalCloud } from "@airr/local";
import type { DetectorInfo, SignalPoint, TimelinePhase } from "./ScenarioResult.js";
import type { SeededRandom } from "./SeededRandom.js";
import type { SimClock } from "./SimClock.js";

/** The local alert a scenario raises (the `airr alert` / local alert JSON format). */
export interface ScenarioAlert {
  alertName: string;
  alertId: string;
  severity: "critical" | "error" | "warning" | "informational";
  resourceId: string;
  metricName: string;
  labels: Record<string, string>;
}

/** What a scenario's `run` may use: the seeded world, the clock, and the response chain. */
export interface ScenarioContext {
  readonly rng: SeededRandom;
  readonly clock: SimClock;
  readonly cloud: LocalCloud;
  log(phase: TimelinePhase, message: string, data?: Record<string, unknown>): void;
  /** Records one detector observation at the current simulated time (charted in the report). */
  observe(point: Omit<SignalPoint, "t">): void;
  /** Marks the first attack (or failure) event; later calls only log. */
  attack(message: string, data?: Record<string, unknown>): void;
  /** Marks the moment the detector fired; later calls only log. */
  detect(message: string, data?: Record<string, unknown>): void;
  /**
   * Schedules the alert: it fires at the alert rule's next evaluation tick, is parsed by the
   * local alert parser and answered by the engine in apply mode with the scenario's policies,
   * while traffic goes on (see `advance`).
   */
  alert(alert: ScenarioAlert): void;
  /** Moves simulated time forward, firing any alert that falls due on the way. */
  advance(seconds: number): Promise<void>;
  /** The incidents the engine opened so far. */
  readonly incidents: readonly Incident[];
  /** Records one check of the expected end state. */
  expect(check: string, ok: boolean, detail: string): void;
}

/**
 * One breach simulation: a seeded traffic generator, the detector that watches it, the alert it
 * raises, the policy that answers, and the end state that proves the response worked.
 */
export interface Scenario {
  name: string;
  title: string;
  summary: string;
  /** The runbook a responder follows for this incident (runbooks/<name>.md). */
  runbook: string;
  detector: DetectorInfo;
  /** The response policies (airr/v1 YAML) the engine answers the alert with. */
  policy: string;
  run(ctx: ScenarioContext): Promise<void>;
}
