export { describeWorld, type WorldDescription } from "./describeWorld.js";
export {
  ClaimNotHeldError,
  EndpointUnavailableError,
  ForeignDirectoryError,
  InvalidIdError,
  NotFoundError,
  ObjectQuarantinedError,
  ReleaseConflictError,
  StateCorruptError,
  StateExistsError,
  StateLockedError,
  StateNotInitializedError,
  UnknownVersionError,
} from "./errors.js";
export { LocalCloud, type LocalCloudOptions } from "./LocalCloud.js";
export { LocalDataStore } from "./LocalDataStore.js";
export { LocalEncryption } from "./LocalEncryption.js";
export { LocalEndpoints } from "./LocalEndpoints.js";
export { LocalNotifier } from "./LocalNotifier.js";
export { LocalPromptBlocklist } from "./LocalPromptBlocklist.js";
export { LocalSecrets } from "./LocalSecrets.js";
export { LocalStateStore } from "./LocalStateStore.js";
export { resolveStateDir } from "./resolveStateDir.js";
export { DEMO_WORLD } from "./seedWorld.js";
export type { ClaimRecord } from "./stateSchemas.js";
export type { EndpointRecord, OutboxEntry, QuarantineRecord, StoreRecord } from "./worldSchemas.js";
