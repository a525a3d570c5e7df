export type { DataStore, PublicAccessState, Quarantine } from "./DataStore.js";
export type { Encryption, EncryptionState } from "./Encryption.js";
export type { EndpointState, EndpointStatus, EndpointVersion, ModelEndpoints } from "./ModelEndpoints.js";
export type { Notification, Notifier } from "./Notifier.js";
export type { BlockedPrompt, BlockMatch, PromptBlocklist } from "./PromptBlocklist.js";
export type { PortName, Provider } from "./Provider.js";
export type { SecretState, Secrets } from "./Secrets.js";
export type { Approval, ClaimResult, ClaimState, Exemption, StateStore } from "./StateStore.js";
