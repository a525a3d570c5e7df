export {
  type CheckOutcome,
  type ColumnDrift,
  type DatasetDrift,
  type DatasetDriftOptions,
  DatasetDriftOptionsSchema,
  datasetDrift,
  driftSignals,
} from "./datasetDrift.js";
export { defaultStatCheck } from "./defaultStatCheck.js";
export { defineCheck, isDrift } from "./defineCheck.js";
export { DriftCheckError } from "./errors.js";
export { inferColumnType } from "./inferColumnType.js";
export { toEmf, toPrometheus } from "./metricLines.js";
export { prepareColumn, type RawColumn, type RawValue } from "./prepareColumn.js";
export { checksFor, statChecks } from "./statChecks.js";
export { ColumnSummary, type ColumnSummaryJson } from "./summary/columnSummary.js";
export { RAW_ONLY_CHECKS, summaryDrift } from "./summary/summaryDrift.js";
export type { Category, CleanColumn, ColumnType, DriftRule, StatCheck, StatCheckOptions, StatResult } from "./types.js";
