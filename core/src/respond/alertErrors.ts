import { AirrError } from "../errors.js";

export const ALERT_PARSE_ERROR_CODES = [
  "InvalidJson",
  "UnsupportedSchema",
  "MissingRequiredField",
  "PayloadTooLarge",
  "ValidationError",
  "TestNotification",
] as const;
export type AlertParseErrorCode = (typeof ALERT_PARSE_ERROR_CODES)[number];

/**
 * A payload could not be turned into alerts. Nothing was acted on. `TestNotification` marks a
 * cloud's "test" message (e.g. Azure's test action group): acknowledge it, do nothing.
 */
export class AlertParseError extends AirrError {
  declare readonly code: AlertParseErrorCode;

  constructor(
    code: AlertParseErrorCode,
    message: string,
    options: { hint?: string; where?: string; cause?: unknown } = {},
  ) {
    super(code, message, options);
  }
}
