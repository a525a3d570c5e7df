import type { Signal } from "../../signal.js";
import { type DriftDetector, hasWarning } from "./DriftDetector.js";

/**
 * A streaming detector's current verdict as a `drift.concept` Signal: score 1 on a drift, 0.5 in
 * a warning zone, 0 otherwise (threshold 1), with the detector's parameters as evidence.
 *
 * @example
 * if (adwin.update(x).driftDetected) publish(toConceptSignal(adwin, "adwin:errors"));
 */
export function toConceptSignal(detector: DriftDetector, name: string = detector.name): Signal {
  const warning = hasWarning(detector) && detector.warningDetected;
  return {
    kind: "drift.concept",
    name,
    score: detector.driftDetected ? 1 : warning ? 0.5 : 0,
    threshold: 1,
    detected: detector.driftDetected,
    evidence: { detector: detector.name, warning, params: detector.toJSON().params },
  };
}
