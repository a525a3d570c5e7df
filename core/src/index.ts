export type { Signal, SignalKind } from "./detect/signal.js";
export { AirrError, UnknownKeyError } from "./errors.js";
export * from "./integrity/index.js";
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
export * from "./runbook/index.js";
