export * from "./detect/anomaly/index.js";
export * from "./detect/drift/embedding/index.js";
export * from "./detect/drift/index.js";
export * from "./detect/drift/stream/index.js";
export type { Signal, SignalKind } from "./detect/signal.js";
export * from "./respond/index.js";
// Policy YAML parsing stays out of "@airr/core/respond" so a lean runtime (the Lambda) can load the YAML parser lazily.
export {
  loadPolicies,
  type PolicyValidation,
  type ValidateOptions,
  validatePolicies,
} from "./respond/policy/validatePolicies.js";
