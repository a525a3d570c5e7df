export { defaultStatCheck } from "./defaultStatCheck.js";
export { type DriftRule, defineCheck } from "./defineCheck.js";
export { DriftCheckError } from "./errors.js";
export { prepareColumn, type RawValue } from "./prepareColumn.js";
export { checksFor, statChecks } from "./statChecks.js";
export type { Category, CleanColumn, ColumnType, StatCheck, StatCheckOptions, StatResult } from "./types.js";
