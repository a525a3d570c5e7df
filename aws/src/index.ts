export { AwsPortError, ResourceBusyError, ResourceNotFoundError, VerificationError } from "./errors.js";
export { fromEventBridgeAlarm } from "./parsers/fromEventBridgeAlarm.js";
export { fromLambdaAlarmAction } from "./parsers/fromLambdaAlarmAction.js";
export { fromSnsCloudWatchAlarm } from "./parsers/fromSnsCloudWatchAlarm.js";
export { fromSnsCompositeAlarm } from "./parsers/fromSnsCompositeAlarm.js";
export { SageMakerEndpoints } from "./ports/SageMakerEndpoints.js";
export { MemorySnapshotStore, type SnapshotStore } from "./ports/SnapshotStore.js";
export { awsAlertParsers, registerAwsParsers } from "./registerAwsParsers.js";
