import type { Signal } from "../detect/signal.js";
import type { Incident } from "../respond/incident.js";

/** The last observation of one signal (by kind and name). */
export interface SignalGauge {
  kind: string;
  name: string;
  score: number;
  threshold: number;
}

/** Counts and last values, JSON-serializable so a function can persist it between invocations. */
export interface ResponseMetricsState {
  signals: SignalGauge[];
  /** `kind|name|detected` -> observations. */
  signalCounts: Record<string, number>;
  /** `action|outcome` -> decisions. */
  decisionCounts: Record<string, number>;
  /** status -> incidents. */
  incidentCounts: Record<string, number>;
}

/**
 * What airr's detectors and the response engine did, as counters and gauges for Prometheus:
 * every `Signal` (drift scores, prompt and output findings, health checks) and every `Incident`
 * (decisions by action and outcome). Memory is bounded by the number of distinct signal names,
 * actions and outcomes, not by traffic.
 *
 * @example
 * const metrics = new ResponseMetrics();
 * metrics.recordSignal(detector.signal());
 * metrics.recordIncident(await respond(alert, policies, provider));
 */
export class ResponseMetrics {
  readonly #signals = new Map<string, SignalGauge>();
  readonly #signalCounts = new Map<string, number>();
  readonly #decisionCounts = new Map<string, number>();
  readonly #incidentCounts = new Map<string, number>();

  recordSignal(signal: Signal): this {
    const key = `${signal.kind}|${signal.name}`;
    this.#signals.set(key, { kind: signal.kind, name: signal.name, score: signal.score, threshold: signal.threshold });
    const countKey = `${key}|${signal.detected}`;
    this.#signalCounts.set(countKey, (this.#signalCounts.get(countKey) ?? 0) + 1);
    return this;
  }

  /** Counts an incident once per call; call it when the engine returns (or after `approve`). */
  recordIncident(incident: Incident): this {
    this.#incidentCounts.set(incident.status, (this.#incidentCounts.get(incident.status) ?? 0) + 1);
    for (const d of incident.decisions) {
      const key = `${d.action.action}|${d.outcome}`;
      this.#decisionCounts.set(key, (this.#decisionCounts.get(key) ?? 0) + 1);
    }
    return this;
  }

  snapshot(): ResponseMetricsState {
    return {
      signals: [...this.#signals.values()].map((s) => ({ ...s })),
      signalCounts: Object.fromEntries(this.#signalCounts),
      decisionCounts: Object.fromEntries(this.#decisionCounts),
      incidentCounts: Object.fromEntries(this.#incidentCounts),
    };
  }

  toJSON(): ResponseMetricsState {
    return this.snapshot();
  }

  static fromJSON(state: ResponseMetricsState): ResponseMetrics {
    const metrics = new ResponseMetrics();
    for (const s of state.signals) metrics.#signals.set(`${s.kind}|${s.name}`, { ...s });
    for (const [k, v] of Object.entries(state.signalCounts)) metrics.#signalCounts.set(k, v);
    for (const [k, v] of Object.entries(state.decisionCounts)) metrics.#decisionCounts.set(k, v);
    for (const [k, v] of Object.entries(state.incidentCounts)) metrics.#incidentCounts.set(k, v);
    return metrics;
  }
}
