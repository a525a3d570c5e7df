import { AirrError } from "../../errors.js";

/**
 * A detector or guard was configured with a value it cannot use (bad threshold, empty corpus).
 *
 * @example
 * new InjectionDetector({ threshold: 3 }) // throws AnomalyConfigError (code "AnomalyConfig")
 */
export class AnomalyConfigError extends AirrError {
  constructor(message: string, options: { hint?: string; where?: string; cause?: unknown } = {}) {
    super("AnomalyConfig", message, options);
  }
}
