import { z } from "zod";
import { Registry } from "../../../registry.js";
import { ADWIN } from "./ADWIN.js";
import { DDM } from "./DDM.js";
import type { DriftDetector, StreamDetectorName, StreamDetectorState } from "./DriftDetector.js";
import { EDDM } from "./EDDM.js";
import { StreamDriftError } from "./errors.js";
import { HDDM_A } from "./HDDM_A.js";
import { HDDM_W } from "./HDDM_W.js";
import { KSWIN } from "./KSWIN.js";
import { NoDrift } from "./NoDrift.js";
import { PageHinkley } from "./PageHinkley.js";

/** How the registry builds and restores one kind of detector. */
export interface StreamDetectorFactory {
  /** Builds a detector from camelCase options (validated; bad ones throw `StreamDriftError`). */
  create(options?: Record<string, unknown>): DriftDetector;
  /** Restores a detector saved with `toJSON()`. */
  fromJSON(state: StreamDetectorState): DriftDetector;
  /** Whether it signals warnings (River's binary detectors). */
  warnings: boolean;
}

function entry<D extends DriftDetector>(
  make: (o: Record<string, unknown>) => D,
  restore: (s: StreamDetectorState) => D,
  warnings: boolean,
): StreamDetectorFactory {
  return { create: (o = {}) => make(o), fromJSON: restore, warnings };
}

/**
 * The streaming drift detectors, keyed by River's snake_case names.
 *
 * @example
 * const ph = streamDetectors.get("page_hinkley").create({ mode: "up" });
 */
export const streamDetectors = new Registry<StreamDetectorFactory>("stream drift detector")
  .register(
    "adwin",
    entry((o) => new ADWIN(o), ADWIN.fromJSON, false),
  )
  .register(
    "page_hinkley",
    entry((o) => new PageHinkley(o), PageHinkley.fromJSON, false),
  )
  .register(
    "kswin",
    entry((o) => new KSWIN(o), KSWIN.fromJSON, false),
  )
  .register(
    "ddm",
    entry((o) => new DDM(o), DDM.fromJSON, true),
  )
  .register(
    "eddm",
    entry((o) => new EDDM(o), EDDM.fromJSON, true),
  )
  .register(
    "hddm_a",
    entry((o) => new HDDM_A(o), HDDM_A.fromJSON, true),
  )
  .register(
    "hddm_w",
    entry((o) => new HDDM_W(o), HDDM_W.fromJSON, true),
  )
  .register(
    "no_drift",
    entry((o) => new NoDrift(o as Record<string, never>), NoDrift.fromJSON, false),
  );

const SavedSchema = z.object({
  detector: z.string(),
  params: z.record(z.string(), z.unknown()),
  state: z.record(z.string(), z.unknown()),
});

/**
 * Restores any detector from its `toJSON()` output (e.g. read back from a state store). A state
 * that does not parse throws `StreamDriftError` with code `InvalidState`.
 *
 * @example
 * const saved = JSON.stringify(adwin.toJSON());
 * const resumed = restoreStreamDetector(JSON.parse(saved));
 */
export function restoreStreamDetector(saved: unknown): DriftDetector {
  const parsed = SavedSchema.safeParse(saved);
  if (!parsed.success) {
    throw new StreamDriftError("InvalidState", "saved detector state is not {detector, params, state}", {
      where: parsed.error.issues[0]?.path.join(".") || "(root)",
      hint: "pass exactly what detector.toJSON() returned",
    });
  }
  const factory = streamDetectors.get(parsed.data.detector);
  try {
    return factory.fromJSON(parsed.data as StreamDetectorState & { detector: StreamDetectorName });
  } catch (error) {
    if (error instanceof StreamDriftError) throw error;
    throw new StreamDriftError("InvalidState", `saved ${parsed.data.detector} state is invalid`, {
      where: parsed.data.detector,
      hint: "pass exactly what detector.toJSON() returned, unmodified",
      cause: error,
    });
  }
}
