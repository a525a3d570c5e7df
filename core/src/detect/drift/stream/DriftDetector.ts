/** Names of the streaming drift detectors, River's snake_case names. */
export type StreamDetectorName = "adwin" | "page_hinkley" | "kswin" | "ddm" | "eddm" | "hddm_a" | "hddm_w" | "no_drift";

/**
 * A detector's saved state: plain JSON (infinities are written as strings), enough to resume it
 * exactly in another process, e.g. the next invocation of a function.
 */
export interface StreamDetectorState {
  detector: StreamDetectorName;
  /** The constructor options, in camelCase. */
  params: Record<string, unknown>;
  state: Record<string, unknown>;
}

/**
 * A streaming (concept) drift detector after River: `update(x)` returns the detector, then
 * `driftDetected` says whether this value completed a drift. The next `update` after a drift
 * starts from a fresh state, as River's detectors do.
 *
 * @example
 * const d = new ADWIN();
 * for (const [i, x] of stream.entries()) if (d.update(x).driftDetected) console.log(i);
 */
export interface DriftDetector {
  readonly name: StreamDetectorName;
  update(x: number): this;
  readonly driftDetected: boolean;
  toJSON(): StreamDetectorState;
}

/**
 * A detector that also signals a warning zone (River's binary detectors DDM, EDDM, HDDM_A,
 * HDDM_W): the input is a stream of 0 (correct) and 1 (error).
 *
 * @example
 * const d = new DDM();
 * d.update(1);
 * if (d.warningDetected) console.log("warning");
 */
export interface DriftAndWarningDetector extends DriftDetector {
  readonly warningDetected: boolean;
}

/**
 * Whether a detector signals warnings.
 *
 * @example
 * if (hasWarning(d) && d.warningDetected) console.log("warning");
 */
export function hasWarning(d: DriftDetector): d is DriftAndWarningDetector {
  return "warningDetected" in d;
}
