export { AirrError, UnknownKeyError } from "../errors.js";
export * from "../ports/index.js";
export { Registry } from "../registry.js";
export {
  type Action,
  type ActionContext,
  type ActionSpec,
  defineAction,
  listOrThrow,
  requirePort,
  type UndoSupport,
  type VerifyResult,
} from "./actions/action.js";
export { ActionError, type ActionErrorCode } from "./actions/actionErrors.js";
export { actions, createActionRegistry } from "./actions/actions.js";
export { blockPrompt } from "./actions/blockPrompt.js";
export { blockPublicAccess } from "./actions/blockPublicAccess.js";
export { disableEndpoint } from "./actions/disableEndpoint.js";
export { enforceCmek } from "./actions/enforceCmek.js";
export { notify } from "./actions/notify.js";
export { quarantineData } from "./actions/quarantineData.js";
export { rollbackModel } from "./actions/rollbackModel.js";
export { rotateSecret } from "./actions/rotateSecret.js";
export { resolveTargetPattern } from "./actions/targets.js";
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
} from "./alert.js";
export { ALERT_PARSE_ERROR_CODES, AlertParseError, type AlertParseErrorCode } from "./alertErrors.js";
export {
  type AlertParser,
  defineAlertParser,
  type SafeParseResult,
  zodToAlertParseError,
} from "./alertParser.js";
export { alertParsers, parseAlerts } from "./alertParsers.js";
export { addDuration, DurationSchema, parseDuration } from "./duration.js";
export { type ApproveOptions, type ApproveResult, approve, loadIncident } from "./engine/approve.js";
export { actionKey, canonicalJson, paramsHash } from "./engine/canonical.js";
export { EngineError, type EngineErrorCode } from "./engine/engineErrors.js";
export { defaultIncidentId, type EngineOptions } from "./engine/engineOptions.js";
export { cooldownScope, policyScope, targetScope } from "./engine/guardrails.js";
export { redact } from "./engine/redact.js";
export { incidentStatus, respond } from "./engine/respond.js";
export { type UndoOptions, type UndoResult, undo } from "./engine/undo.js";
export type {
  AuditEntry,
  Decision,
  DecisionOutcome,
  Incident,
  PlannedAction,
  Verification,
} from "./incident.js";
export { fromLocalAlert } from "./parsers/fromLocalAlert.js";
export { matchesPolicy, matchPolicies } from "./policy/matchPolicy.js";
export { formatProblem, PolicyError, type PolicyProblem } from "./policy/policyErrors.js";
export {
  type ActionStep,
  type ExemptionRule,
  type Guardrails,
  type Policy,
  type PolicyInput,
  type PolicyMatch,
  PolicySchema,
} from "./policy/policySchema.js";
export { renderTemplate, TEMPLATE_FIELDS, templateProblems } from "./policy/template.js";
export { assertSafeValue, DEFAULT_JSON_LIMITS, parseUntrustedJson, type SafeJsonLimits } from "./safeJson.js";
