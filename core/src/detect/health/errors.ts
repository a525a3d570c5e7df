import { AirrError } from "../../errors.js";

/** Stable codes of the health monitor's user-caused failures. */
export const HEALTH_ERROR_CODES = ["InvalidMonitorConfig", "InvalidMonitorState", "IncompatibleMonitors"] as const;
export type HealthErrorCode = (typeof HEALTH_ERROR_CODES)[number];

/**
 * A health-monitor failure the caller caused: a bad configuration, a persisted state that does
 * not parse, or two monitors that cannot be merged. Bad *observations* are never thrown: they
 * are counted as rejected with a reason.
 *
 * @example
 * throw new HealthError("InvalidMonitorConfig", "salt must be at least 16 characters, got 3", {
 *   where: "config.salt", hint: "generate one with `openssl rand -hex 32`",
 * });
 */
export class HealthError extends AirrError {
  declare readonly code: HealthErrorCode;

  constructor(
    code: HealthErrorCode,
    message: string,
    options: { hint?: string; where?: string; cause?: unknown } = {},
  ) {
    super(code, message, options);
  }
}
