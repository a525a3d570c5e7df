import { AirrError } from "../../errors.js";

export type ActionErrorCode =
  | "PortMissing"
  | "TargetNotFound"
  | "LookupFailed"
  | "InvalidParams"
  | "NoPreviousVersion"
  | "TemplateValueMissing"
  | "UnsafeState";

/**
 * An action could not be planned or run. Thrown before anything changed unless the message says
 * otherwise; the engine turns it into a `failed` decision and never acts on doubt.
 */
export class ActionError extends AirrError {
  declare readonly code: ActionErrorCode;

  constructor(
    code: ActionErrorCode,
    message: string,
    options: { hint?: string; where?: string; cause?: unknown } = {},
  ) {
    super(code, message, options);
  }
}
