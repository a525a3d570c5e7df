export { AirrRemediation, type AirrRemediationProps } from "./AirrRemediation.js";
export { AirrStack, INFRA_DIR } from "./AirrStack.js";
export { type AirrConfig, AirrConfigSchema, airrConfigFromContext } from "./airrConfig.js";
export { configuredPorts, declaredActions, portStatements } from "./portPermissions.js";
