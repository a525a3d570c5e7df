export { Baseline, type BaselineState } from "./Baseline.js";
export { type CalendarPeriod, CalendarWindow } from "./CalendarWindow.js";
export type { ClassCounts, ClassDriftResult, ClassDriftTest } from "./ClassDriftTest.js";
export { ClassIndex, countsByLabel, OTHER_CLASS } from "./ClassIndex.js";
export { type BudgetStatus, CostBudget, type CostBudgetState } from "./CostBudget.js";
export {
  classDriftTests,
  maxShift,
  shares,
  unionLabels,
} from "./classDriftTests.js";
export { classDriftSignals, confidenceDriftSignal } from "./driftChecks.js";
export { HEALTH_ERROR_CODES, HealthError, type HealthErrorCode } from "./errors.js";
export { FeedbackStore, type FeedbackStoreState } from "./FeedbackStore.js";
export { type FeedbackMetrics, feedbackMetrics, type Prf } from "./feedbackMetrics.js";
export {
  HEALTH_STATUSES,
  type HealthStatus,
  type HealthStatusName,
  healthStatus,
  healthStatusSignal,
} from "./healthStatus.js";
export { inputId } from "./inputId.js";
export { LatencySketch, type LatencySketchState, MAX_LATENCY_MS, MIN_LATENCY_MS } from "./LatencySketch.js";
export { costSignals, latencySignals, tokenRateSignals } from "./limitChecks.js";
export { type LogResult, Monitor, type MonitorOptions, type PredictionEvent } from "./Monitor.js";
export {
  createParts,
  MAX_ERROR_KINDS,
  MAX_RECENT_ERRORS,
  type MonitorCounters,
  type MonitorParts,
  type RecentError,
} from "./MonitorParts.js";
export {
  type HealthChecksConfig,
  HealthChecksSchema,
  type MonitorConfig,
  type MonitorConfigInput,
  MonitorConfigSchema,
  parseMonitorConfig,
} from "./monitorConfig.js";
export { type Model, type ModelOutput, type MonitoredOptions, monitored, type PredictFn } from "./monitored.js";
export type { MonitorSnapshot, Num } from "./monitorSnapshot.js";
export { type MonitorState, parseMonitorState } from "./monitorState.js";
export { LIST_PRICES, type Price, PriceSchema, PriceTable } from "./PriceTable.js";
export { RecentLatency, type RecentLatencyState } from "./RecentLatency.js";
export { RecentWindow, type RecentWindowState } from "./RecentWindow.js";
export { RunningStat, type RunningStatState } from "./RunningStat.js";
export { REJECT_REASONS, type RejectReason } from "./rejectReasons.js";
export { type RetrainAdvice, retrainAdvice } from "./retrainAdvice.js";
export { type SnapshotEmfOptions, snapshotToEmf } from "./snapshotToEmf.js";
export { statClassDriftTest } from "./statClassDriftTest.js";
export { TokenRate, type TokenRateState } from "./TokenRate.js";
export { type Interval, wilsonInterval } from "./wilsonInterval.js";
