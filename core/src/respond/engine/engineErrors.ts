import { AirrError } from "../../errors.js";

export type EngineErrorCode =
  | "IncidentNotFound"
  | "NothingToApprove"
  | "NothingToUndo"
  | "PolicyNotFound"
  | "ApprovalMismatch";

/** A request about an incident that cannot be met as asked (nothing was changed). */
export class EngineError extends AirrError {
  declare readonly code: EngineErrorCode;

  constructor(
    code: EngineErrorCode,
    message: string,
    options: { hint?: string; where?: string; cause?: unknown } = {},
  ) {
    super(code, message, options);
  }
}
