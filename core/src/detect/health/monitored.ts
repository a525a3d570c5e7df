import type { Monitor, PredictionEvent } from "./Monitor.js";

/** What a monitored model returns (extra fields pass through untouched). */
export interface ModelOutput {
  prediction: string | number | boolean;
  confidence: number;
  tokens?: { input?: number; output?: number };
  costUsd?: number;
}

/** A model: a function, or an object with `predict`. Sync or async. */
export type PredictFn<I, O extends ModelOutput> = (input: I) => O | Promise<O>;
export type Model<I, O extends ModelOutput> = PredictFn<I, O> | { predict: PredictFn<I, O> };

/** Options of {@link monitored}. */
export interface MonitoredOptions<I> {
  monitor: Monitor;
  /** Monotonic clock in ms for latency; `performance.now` by default (never the wall clock). */
  clock?: () => number;
  /** The prediction id feedback will refer to; by default the input's salted HMAC. */
  id?: (input: I) => string | undefined;
  /** Called with any failure of the monitor itself, which is otherwise swallowed. */
  onMonitorError?: (error: unknown) => void;
}

/**
 * Wraps a model so every call is monitored: latency from a monotonic clock, the prediction and
 * confidence logged, errors counted and rethrown unchanged (same object). A failure inside the
 * monitor never breaks a prediction; it goes to `onMonitorError` and is otherwise dropped.
 *
 * @example
 * const predict = monitored(async (tx: Tx) => classifier.classify(tx), { monitor });
 * const { prediction, confidence } = await predict(tx);
 */
export function monitored<I, O extends ModelOutput>(
  model: Model<I, O>,
  options: MonitoredOptions<I>,
): (input: I) => Promise<O> {
  const { monitor } = options;
  const clock = options.clock ?? (() => performance.now());
  const call: PredictFn<I, O> = typeof model === "function" ? model : (input) => model.predict(input);
  const safely = (f: () => void): void => {
    try {
      f();
    } catch (error) {
      try {
        options.onMonitorError?.(error);
      } catch {
        // A throwing error handler must not break the prediction either.
      }
    }
  };
  return async (input: I): Promise<O> => {
    const start = clock();
    let output: O;
    try {
      output = await call(input);
    } catch (error) {
      safely(() => monitor.logError(error, input));
      throw error;
    }
    safely(() => {
      const latencyMs = clock() - start;
      const event: PredictionEvent = {
        input,
        prediction: output.prediction,
        confidence: output.confidence,
        latencyMs,
        ...(output.tokens === undefined ? {} : { tokens: output.tokens }),
        ...(output.costUsd === undefined ? {} : { costUsd: output.costUsd }),
      };
      const id = options.id?.(input);
      monitor.logPrediction(id === undefined ? event : { ...event, id });
    });
    return output;
  };
}
