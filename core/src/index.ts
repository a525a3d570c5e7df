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
export { AirrError, UnknownKeyError } from "./errors.js";
export * from "./integrity/index.js";
export * from "./metrics/index.js";
export * from "./ports/index.js";
export { Registry } from "./registry.js";
export {
  type Action,
  type ActionContext,
  type ActionSpec,
  defineAction,
  listOrThrow,
  requirePort,
  type UndoSupport,
  type VerifyResult,
} from "./respond/actions/action.js";
export { ActionError, type ActionErrorCode } from "./respond/actions/actionErrors.js";
export { actions, createActionRegistry } from "./respond/actions/actions.js";
export { blockPrompt } from "./respond/actions/blockPrompt.js";
export { blockPublicAccess } from "./respond/actions/blockPublicAccess.js";
export { disableEndpoint } from "./respond/actions/disableEndpoint.js";
export { enforceCmek } from "./respond/actions/enforceCmek.js";
export { notify } from "./respond/actions/notify.js";
export { quarantineData } from "./respond/actions/quarantineData.js";
export { rollbackModel } from "./respond/actions/rollbackModel.js";
export { rotateSecret } from "./respond/actions/rotateSecret.js";
export { resolveTargetPattern } from "./respond/actions/targets.js";
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
export { addDuration, DurationSchema, parseDuration } from "./respond/duration.js";
export { type ApproveOptions, type ApproveResult, approve, loadIncident } from "./respond/engine/approve.js";
export { actionKey, canonicalJson, paramsHash } from "./respond/engine/canonical.js";
export { EngineError, type EngineErrorCode } from "./respond/engine/engineErrors.js";
export { defaultIncidentId, type EngineOptions } from "./respond/engine/engineOptions.js";
export { cooldownScope, policyScope, targetScope } from "./respond/engine/guardrails.js";
export { redact } from "./respond/engine/redact.js";
export { incidentStatus, respond } from "./respond/engine/respond.js";
export { type UndoOptions, type UndoResult, undo } from "./respond/engine/undo.js";
export type {
  AuditEntry,
  Decision,
  DecisionOutcome,
  Incident,
  PlannedAction,
  Verification,
} from "./respond/incident.js";
export { fromLocalAlert } from "./respond/parsers/fromLocalAlert.js";
export { matchesPolicy, matchPolicies } from "./respond/policy/matchPolicy.js";
export { formatProblem, PolicyError, type PolicyProblem } from "./respond/policy/policyErrors.js";
export {
  type ActionStep,
  type ExemptionRule,
  type Guardrails,
  type Policy,
  type PolicyInput,
  type PolicyMatch,
  PolicySchema,
} from "./respond/policy/policySchema.js";
export { renderTemplate, TEMPLATE_FIELDS, templateProblems } from "./respond/policy/template.js";
export {
  loadPolicies,
  type PolicyValidation,
  type ValidateOptions,
  validatePolicies,
} from "./respond/policy/validatePolicies.js";
export { assertSafeValue, DEFAULT_JSON_LIMITS, parseUntrustedJson, type SafeJsonLimits } from "./respond/safeJson.js";
export * from "./runbook/index.js";
