import type { Signal } from "../signal.js";
import { classDriftSignals, confidenceDriftSignal } from "./driftChecks.js";
import { type FeedbackMetrics, feedbackMetrics } from "./feedbackMetrics.js";
import { healthStatusSignal } from "./healthStatus.js";
import { inputId } from "./inputId.js";
import { MAX_LATENCY_MS } from "./LatencySketch.js";
import { costSignals, latencySignals, tokenRateSignals } from "./limitChecks.js";
import { createParts, MAX_ERROR_KINDS, MAX_RECENT_ERRORS, type MonitorParts } from "./MonitorParts.js";
import { mergeParts } from "./mergeParts.js";
import { type MonitorConfigInput, parseMonitorConfig } from "./monitorConfig.js";
import { type MonitorSnapshot, monitorSnapshot } from "./monitorSnapshot.js";
import { type MonitorState, parseMonitorState, partsFromState, partsToState } from "./monitorState.js";
import { PriceTable } from "./PriceTable.js";
import { REJECT_REASONS, type RejectReason } from "./rejectReasons.js";
import { type RetrainAdvice, retrainAdvice } from "./retrainAdvice.js";

/** One prediction to log. `id` is what feedback will refer to; `input` is only ever HMAC'd. */
export interface PredictionEvent {
  id?: string;
  input?: unknown;
  prediction: string | number | boolean;
  confidence: number;
  latencyMs: number;
  tokens?: { input?: number; output?: number };
  costUsd?: number;
  /** The model to price tokens with, when not the monitor's own. */
  model?: string;
  /** Epoch ms; defaults to the monitor's clock. */
  timestamp?: number;
}

/** Accepted (with the id feedback can use, if any) or rejected with a reason. */
export type LogResult = { accepted: true; id: string | undefined } | { accepted: false; reason: RejectReason };

/** Runtime dependencies: a wall clock (epoch ms) for calendar windows, and an optional price table. */
export interface MonitorOptions {
  now: () => number;
  prices?: PriceTable;
}

const ACCEPTED: LogResult = Object.freeze({ accepted: true, id: undefined });
// Results are preallocated so the hot path allocates nothing for rejects either.
const REJECTED = new Map<RejectReason, LogResult>(
  REJECT_REASONS.map((reason) => [reason, Object.freeze({ accepted: false, reason })]),
);
const reject = (parts: MonitorParts, reason: RejectReason): LogResult => {
  parts.rejected[reason] += 1;
  return REJECTED.get(reason) as LogResult;
};
const badCount = (x: unknown): boolean => x !== undefined && (typeof x !== "number" || !(x >= 0) || x === Infinity);

/**
 * The health monitor of one model. Embed it in the request path: `logPrediction` is O(1), does
 * not allocate per call for input without an id (a latency sketch is replaced once per window),
 * and memory is fixed by the configuration.
 * Invalid observations are counted as rejected with a reason, never averaged in. Instances in
 * several processes combine with `merge` (after `toJSON`/`fromJSON`).
 *
 * Longer than most files: the hot path keeps validation and updates in one method on purpose;
 * checks, snapshot, merge and state live in their own files.
 *
 * @example
 * const monitor = new Monitor({ model: "fraud", salt: process.env.AIRR_SALT! }, { now: Date.now });
 * monitor.logPrediction({ input: req.body, prediction: "legit", confidence: 0.51, latencyMs: 42 });
 * monitor.snapshot().health; // { status: "unknown", reason: "1 of 20 events needed", ... }
 */
export class Monitor {
  readonly parts: MonitorParts;
  readonly #now: () => number;
  readonly #prices: PriceTable;

  constructor(config: MonitorConfigInput, options: MonitorOptions, parts?: MonitorParts) {
    const parsed = parseMonitorConfig(config);
    this.parts = parts ?? createParts(parsed);
    this.#now = options.now;
    this.#prices = options.prices ?? new PriceTable(parsed.prices);
  }

  get model(): string {
    return this.parts.config.model;
  }

  /** The salted HMAC id of an input (see `inputId`). */
  inputId(input: unknown): string {
    return inputId(this.parts.config.salt, input);
  }

  // Hand-written checks instead of zod: this runs millions of times a second in the request path.
  logPrediction(e: PredictionEvent): LogResult {
    const p = this.parts;
    const { confidence, latencyMs } = e;
    if (typeof confidence !== "number" || Number.isNaN(confidence)) return reject(p, "confidence-not-a-number");
    if (confidence < 0 || confidence > 1) return reject(p, "confidence-out-of-range");
    if (typeof latencyMs !== "number" || Number.isNaN(latencyMs)) return reject(p, "latency-not-a-number");
    if (latencyMs < 0 || latencyMs > MAX_LATENCY_MS) return reject(p, "latency-out-of-range");
    if (e.prediction === undefined || e.prediction === null || e.prediction === "")
      return reject(p, "prediction-missing");
    const tokens = e.tokens;
    if (tokens !== undefined && (badCount(tokens.input) || badCount(tokens.output))) return reject(p, "tokens-invalid");
    if (badCount(e.costUsd)) return reject(p, "cost-invalid");
    if (e.timestamp !== undefined && !Number.isFinite(e.timestamp)) return reject(p, "timestamp-invalid");

    const c = p.counters;
    const cls = p.classes.indexOf(typeof e.prediction === "string" ? e.prediction : String(e.prediction));
    c.predictions += 1;
    if (confidence < p.config.lowConfidenceThreshold) c.lowConfidence += 1;
    p.confidence.add(confidence);
    p.latency.add(latencyMs);
    p.sketch.add(latencyMs);
    p.recentLatency.add(latencyMs);
    p.classCounts[cls] = (p.classCounts[cls] ?? 0) + 1;
    p.window.pushPrediction(confidence, cls);
    if (!p.baseline.complete) p.baseline.add(confidence, cls);
    else if ((c.predictions - p.baseline.size) % p.config.windowSize === 0) this.#evaluateDrift();
    if (tokens !== undefined || e.costUsd !== undefined || e.timestamp !== undefined) this.#account(e);

    const id = e.id ?? (e.input === undefined ? undefined : this.inputId(e.input));
    if (id === undefined) return ACCEPTED;
    p.feedback.remember(id, cls);
    return { accepted: true, id };
  }

  /**
   * Counts a failed prediction under the error's name (bounded), for error rate and health, and
   * keeps the last few with the input's salted id so they can be matched with application logs.
   */
  logError(error: unknown, input?: unknown, timestamp?: number): void {
    const p = this.parts;
    p.counters.errors += 1;
    p.window.pushError();
    const t = timestamp ?? this.#now();
    if (Number.isFinite(t)) p.counters.lastAt = Math.max(p.counters.lastAt ?? t, t);
    const name = error instanceof Error ? error.name : typeof error === "string" ? "string" : typeof error;
    const kind = p.errorKinds.has(name) || p.errorKinds.size < MAX_ERROR_KINDS ? name : "other";
    p.errorKinds.set(kind, (p.errorKinds.get(kind) ?? 0) + 1);
    p.recentErrors.push({ kind, inputId: input === undefined ? null : this.inputId(input), at: t });
    if (p.recentErrors.length > MAX_RECENT_ERRORS) p.recentErrors.shift();
  }

  /** Scores a human label against the prediction logged under `predictionId`. */
  logFeedback(predictionId: string, actualLabel: string | number | boolean): LogResult {
    const p = this.parts;
    if (actualLabel === undefined || actualLabel === null || actualLabel === "")
      return reject(p, "feedback-label-missing");
    const actual = p.classes.indexOf(String(actualLabel));
    if (!p.feedback.label(predictionId, actual)) return reject(p, "feedback-unknown-prediction-id");
    p.counters.feedback += 1;
    return { accepted: true, id: predictionId };
  }

  feedbackMetrics(): FeedbackMetrics {
    const { classes, feedback, config } = this.parts;
    const cells = feedback
      .cells()
      .map(([a, q, n]) => [classes.labelOf(a), classes.labelOf(q), n] as [string, string, number]);
    return feedbackMetrics(cells, config.wilsonConfidence);
  }

  /** Every configured check as a `health` Signal, evaluated at `now` (the monitor's clock by default). */
  checks(now: number = this.#now()): Signal[] {
    const at = new Date(now).toISOString();
    const p = this.parts;
    const c = p.config.checks;
    return [
      healthStatusSignal(p, at),
      ...(c.confidenceDrift.enabled ? [confidenceDriftSignal(p, at)] : []),
      ...(c.classDrift.enabled ? classDriftSignals(p, at) : []),
      ...latencySignals(p, at),
      ...costSignals(p, now, at),
      ...tokenRateSignals(p, now, at),
    ];
  }

  shouldRetrain(): RetrainAdvice {
    return retrainAdvice(this.parts, this.feedbackMetrics());
  }

  /** Everything at once, JSON-ready: counts, health, latency, confidence, cost, feedback, checks, advice. */
  snapshot(): MonitorSnapshot {
    const now = this.#now();
    return monitorSnapshot(this.parts, now, this.feedbackMetrics(), this.checks(now), this.shouldRetrain());
  }

  /** Adds another monitor's observations (e.g. another function instance's). */
  merge(other: Monitor | MonitorState): this {
    mergeParts(this.parts, other instanceof Monitor ? other.toJSON() : parseMonitorState(other));
    return this;
  }

  /** State to persist between invocations. Never contains the salt or any raw input. */
  toJSON(): MonitorState {
    return partsToState(this.parts);
  }

  /** Restores a monitor; the salt is passed again because it is never persisted. */
  static fromJSON(state: unknown, secrets: { salt: string }, options: MonitorOptions): Monitor {
    const parts = partsFromState(state, secrets.salt);
    return new Monitor(parts.config, options, parts);
  }

  #evaluateDrift(): void {
    const p = this.parts;
    const at = "";
    const c = p.counters;
    const checks = p.config.checks;
    c.driftEvaluations += 1;
    const confidence = checks.confidenceDrift.enabled && confidenceDriftSignal(p, at).detected;
    c.confidenceDriftStreak = confidence ? c.confidenceDriftStreak + 1 : 0;
    const classes = checks.classDrift.enabled && classDriftSignals(p, at).some((s) => s.detected);
    c.classDriftStreak = classes ? c.classDriftStreak + 1 : 0;
  }

  #account(e: PredictionEvent): void {
    const p = this.parts;
    const c = p.counters;
    const t = e.timestamp ?? this.#now();
    c.lastAt = Math.max(c.lastAt ?? t, t);
    const tin = e.tokens?.input ?? 0;
    const tout = e.tokens?.output ?? 0;
    c.tokensIn += tin;
    c.tokensOut += tout;
    if (tin + tout > 0) p.tokenRate.add(t, tin + tout);
    let cost = e.costUsd;
    if (cost === undefined && tin + tout > 0) {
      cost = this.#prices.costUsd(e.model ?? p.config.model, tin, tout);
      if (cost === undefined) c.unpriced += 1;
    }
    if (cost === undefined || cost === 0) return;
    c.costUsd += cost;
    p.daily.add(t, cost);
    p.weekly.add(t, cost);
  }
}
