import { AirrError } from "../../errors.js";

/**
 * A drift computation cannot run on this input: an empty or all-missing column, a type that does
 * not fit, or a case where Evidently's own stat test raises (e.g. Epps-Singleton on a column
 * whose interquartile range is zero). Stable `code`s: `EmptyColumn`, `ColumnTypeMismatch`,
 * `CheckNotApplicable`, `CheckInputInvalid`, `MissingColumn`.
 *
 * @example
 * throw new DriftCheckError("CheckInputInvalid", "fisher_exact needs binary data", {
 *   where: "column plan", hint: "use chisquare for more than two categories" });
 */
export class DriftCheckError extends AirrError {}
