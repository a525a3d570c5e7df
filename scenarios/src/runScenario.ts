import { type Incident, loadPolicies, parseAlerts, respond } from "@airr/core";
import { LocalCloud } from "@airr/local";
import type { Scenario, ScenarioAlert, ScenarioContext } from "./Scenario.js";
import type { EndStateCheck, ScenarioResult, SignalPoint, TimelineEntry, TimelinePhase } from "./ScenarioResult.js";
import { SeededRandom } from "./SeededRandom.js";
import { SimClock } from "./SimClock.js";

const round = (x: number) => Number(x.toPrecision(4));

/** Every simulation starts at the same instant, so reports of one seed are identical. */
export const SIMULATION_START = "2026-01-31T12:00:00.000Z";
/** How often the simulated alert rule evaluates (a CloudWatch / Azure Monitor period). */
export const ALERT_EVALUATION_SECONDS = 60;
/** Simulated delivery delay from the alert to the response function. */
export const ALERT_DELIVERY_SECONDS = 2;

export interface RunScenarioOptions {
  seed?: number;
  /** The local cloud's state directory; it is initialized with the demo world. */
  dir: string;
  /** Replace a world already in `dir` (the CLI passes it for its own temporary directories). */
  force?: boolean;
}

/**
 * Runs one scenario end to end on a fresh local cloud: traffic, detection, alert, the engine's
 * response (apply mode, guardrails and audit included), verification and the end-state checks.
 *
 * @example
 * const result = await runScenario(scenarios.get("data-leakage"), { seed: 7, dir: tmpDir });
 * result.passed; // true
 */
export async function runScenario(scenario: Scenario, options: RunScenarioOptions): Promise<ScenarioResult> {
  const seed = options.seed ?? 42;
  const clock = new SimClock(SIMULATION_START);
  const cloud = await LocalCloud.init({
    dir: options.dir,
    now: SIMULATION_START,
    clock: clock.now,
    force: options.force ?? false,
  });
  const policies = loadPolicies(scenario.policy, `scenarios/${scenario.name}.policy.yaml`);
  const timeline: TimelineEntry[] = [];
  const points: SignalPoint[] = [];
  const marks: { t: number; label: string }[] = [];
  const incidents: Incident[] = [];
  const endState: EndStateCheck[] = [];
  let attackedT: number | null = null;
  let detectedT: number | null = null;
  let remediatedT: number | null = null;
  let actionsOk = true;

  const pending: { dueMs: number; input: ScenarioAlert }[] = [];
  const fire = async (input: ScenarioAlert): Promise<void> => {
    const [alert] = parseAlerts({ ...input, state: "firing", firedAt: clock.iso() });
    if (alert === undefined) throw new Error(`scenario ${scenario.name}: the alert parsed to nothing`);
    log("alert", `${alert.alertName} fired on ${alert.resourceId} (${alert.severity})`, { alertId: alert.alertId });
    clock.advance(ALERT_DELIVERY_SECONDS);
    const incident = await respond(alert, policies, cloud, {
      mode: "apply",
      clock: clock.now,
      initiator: `simulate:${scenario.name}`,
      newId: () => `inc-sim-${scenario.name}-${incidents.length + 1}`,
    });
    incidents.push(incident);
    log("decision", `incident ${incident.id}: policies ${incident.policies.join(", ") || "(none matched)"}`, {
      status: incident.status,
    });
    for (const d of incident.decisions) {
      const what = `${d.action.action} on ${d.action.target}`;
      log("action", `${what}: ${d.outcome}${d.change ? ` (${d.change})` : ""}`, { reason: d.reason });
      const ok = d.outcome === "executed" && d.verification?.ok === true;
      if (!ok) actionsOk = false;
      log("verification", `${what}: ${d.verification ? d.verification.detail : d.reason}`, { ok });
      if (ok) marks.push({ t: clock.t, label: d.action.action });
    }
    if (incident.decisions.length === 0) actionsOk = false;
    remediatedT = clock.t;
  };
  const log = (phase: TimelinePhase, message: string, data?: Record<string, unknown>) => {
    timeline.push({ at: clock.iso(), t: clock.t, phase, message, ...(data === undefined ? {} : { data }) });
  };
  const ctx: ScenarioContext = {
    rng: new SeededRandom(seed),
    clock,
    cloud,
    log,
    observe: (point) => points.push({ t: clock.t, ...point }),
    attack: (message, data) => {
      attackedT ??= clock.t;
      log("attack", message, data);
    },
    detect: (message, data) => {
      detectedT ??= clock.t;
      const last = points.at(-1);
      const score = last === undefined ? "" : ` [score ${round(last.score)}, threshold ${round(last.threshold)}]`;
      log("detection", message + score, data);
    },
    alert: (input: ScenarioAlert) => {
      pending.push({ dueMs: clock.nextTick(ALERT_EVALUATION_SECONDS), input });
    },
    advance: async (seconds: number) => {
      const target = clock.ms + Math.round(seconds * 1000);
      for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
        if (next.dueMs > target) {
          pending.unshift(next);
          break;
        }
        clock.advanceTo(next.dueMs);
        await fire(next.input);
      }
      clock.advanceTo(target);
    },
    incidents,
    expect: (check, ok, detail) => {
      endState.push({ check, ok, detail });
      log("end-state", `${ok ? "ok" : "FAILED"}: ${check}: ${detail}`);
    },
  };

  log(
    "setup",
    `local cloud seeded with the demo world; detector: ${scenario.detector.name} (${scenario.detector.source})`,
  );
  await scenario.run(ctx);
  // An alert still pending when the traffic ends fires now: the chain always completes.
  for (const next of pending.splice(0)) {
    clock.advanceTo(next.dueMs);
    await fire(next.input);
  }
  const ttd = attackedT !== null && detectedT !== null ? detectedT - attackedT : null;
  const ttr = detectedT !== null && remediatedT !== null ? remediatedT - detectedT : null;
  return {
    scenario: scenario.name,
    title: scenario.title,
    runbook: scenario.runbook,
    seed,
    startedAt: SIMULATION_START,
    detector: scenario.detector,
    timeline,
    signal: { name: scenario.detector.name, points },
    marks,
    attackStartedT: attackedT,
    detectedT,
    remediatedT,
    timeToDetectSeconds: ttd,
    timeToRemediateSeconds: ttr,
    incidents,
    endState,
    passed:
      detectedT !== null && incidents.length > 0 && actionsOk && endState.length > 0 && endState.every((c) => c.ok),
  };
}
