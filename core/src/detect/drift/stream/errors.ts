import { AirrError } from "../../../errors.js";

/** Stable codes of the streaming drift detectors' errors. */
export type StreamDriftErrorCode = "InvalidParameter" | "InvalidInput" | "InvalidState";

/**
 * A user-caused failure of a streaming drift detector: an out-of-range parameter, a value that is
 * not a finite number, or a saved state that does not belong to the detector.
 *
 * @example
 * throw new StreamDriftError("InvalidParameter", "delta must be in (0, 1), got 0", {
 *   where: "delta",
 *   hint: "River's default is 0.002",
 * });
 */
export class StreamDriftError extends AirrError {
  declare readonly code: StreamDriftErrorCode;

  constructor(
    code: StreamDriftErrorCode,
    message: string,
    options: { hint?: string; where?: string; cause?: unknown },
  ) {
    super(code, message, options);
  }
}

/** Throws unless `x` is a finite number; `where` names the value for the message. */
export function assertFinite(x: unknown, where: string): asserts x is number {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new StreamDriftError("InvalidInput", `${where} must be a finite number, got ${String(x)}`, {
      where,
      hint: "feed the detector numbers only (e.g. 0/1 errors or a metric value); drop NaN and Infinity first",
    });
  }
}
