import { z } from "zod";
import type { DriftDetector, StreamDetectorState } from "./DriftDetector.js";
import { parseParams } from "./parseParams.js";

const NoDriftOptionsSchema = z.object({}).strict();

/**
 * River's `drift.NoDrift`: never detects anything. Use it to switch drift detection off where a
 * detector is expected.
 *
 * @example
 * new NoDrift().update(42).driftDetected; // false
 */
export class NoDrift implements DriftDetector {
  readonly name = "no_drift" as const;

  constructor(options: Record<string, never> = {}) {
    parseParams(NoDriftOptionsSchema, options, "no_drift");
  }

  get driftDetected(): boolean {
    return false;
  }

  update(_x: number): this {
    return this;
  }

  toJSON(): StreamDetectorState {
    return { detector: this.name, params: {}, state: {} };
  }

  static fromJSON(_saved: StreamDetectorState): NoDrift {
    return new NoDrift();
  }
}
