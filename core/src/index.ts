export * from "./detect/anomaly/index.js";
export * from "./detect/drift/embedding/index.js";
export * from "./detect/drift/index.js";
export * from "./detect/drift/stream/index.js";
export {
  type BudgetStatus,
  CalendarWindow,
  type ClassDriftResult,
  type ClassDriftTest,
  CostBudget,
  classDriftTests,
  type FeedbackMetrics,
  feedbackMetrics,
  HEALTH_ERROR_CODES,
  HEALTH_STATUSES,
  HealthError,
  type HealthErrorCode,
  type HealthStatus,
  type HealthStatusName,
  type Interval as WilsonInterval,
  inputId,
  LatencySketch,
  LIST_PRICES,
  type LogResult,
  MAX_LATENCY_MS,
  type Model,
  type ModelOutput,
  Monitor,
  type MonitorConfig,
  type MonitorConfigInput,
  MonitorConfigSchema,
  type MonitoredOptions,
  type MonitorOptions,
  type MonitorParts,
  type MonitorSnapshot,
  type MonitorState,
  maxShift,
  monitored,
  OTHER_CLASS,
  type PredictionEvent,
  type Price,
  PriceTable,
  parseMonitorConfig,
  REJECT_REASONS,
  type RejectReason,
  type RetrainAdvice,
  snapshotToEmf,
  wilsonInterval,
} from "./detect/health/index.js";
export type { Signal, SignalKind } from "./detect/signal.js";
export * from "./integrity/index.js";
export * from "./metrics/index.js";
export * from "./respond/index.js";
// Policy YAML parsing stays out of "@airr/core/respond" so a lean runtime (the Lambda) can load the YAML parser lazily.
export {
  loadPolicies,
  type PolicyValidation,
  type ValidateOptions,
  validatePolicies,
} from "./respond/policy/validatePolicies.js";
export * from "./runbook/index.js";
