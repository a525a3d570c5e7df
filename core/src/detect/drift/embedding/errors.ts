import { AirrError } from "../../../errors.js";

/** Stable codes of the embedding drift methods' errors. */
export type EmbeddingDriftErrorCode = "InvalidEmbeddings" | "InvalidParameter";

/**
 * A user-caused failure of an embedding drift method: empty sets, rows of different lengths,
 * non-numeric values or an out-of-range option. `where` names the row or the option.
 *
 * @example
 * throw new EmbeddingDriftError("InvalidEmbeddings", "current[3] has 12 values, expected 384", {
 *   where: "current[3]",
 *   hint: "every embedding must have the reference's dimension",
 * });
 */
export class EmbeddingDriftError extends AirrError {
  declare readonly code: EmbeddingDriftErrorCode;

  constructor(
    code: EmbeddingDriftErrorCode,
    message: string,
    options: { hint?: string; where?: string; cause?: unknown },
  ) {
    super(code, message, options);
  }
}
