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
export { AirrError, UnknownKeyError } from "./errors.js";
export * from "./ports/index.js";
export { Registry } from "./registry.js";
export {
  ALERT_STATES,
  type Alert,
  AlertSchema,
  type AlertState,
  CLOUDS,
  type Cloud,
  IsoMillis,
  SEVERITIES,
  type Severity,
  toIsoMillis,
} from "./respond/alert.js";
export { ALERT_PARSE_ERROR_CODES, AlertParseError, type AlertParseErrorCode } from "./respond/alertErrors.js";
export {
  type AlertParser,
  defineAlertParser,
  type SafeParseResult,
  zodToAlertParseError,
} from "./respond/alertParser.js";
export { alertParsers, parseAlerts } from "./respond/alertParsers.js";
export type {
  AuditEntry,
  Decision,
  DecisionOutcome,
  Incident,
  PlannedAction,
  Verification,
} from "./respond/incident.js";
export { fromLocalAlert } from "./respond/parsers/fromLocalAlert.js";
export { assertSafeValue, DEFAULT_JSON_LIMITS, parseUntrustedJson, type SafeJsonLimits } from "./respond/safeJson.js";
