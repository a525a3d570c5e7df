export { checkRunbookReferences, type UnknownReference } from "./checkRunbookReferences.js";
export { parseRunbook } from "./parseRunbook.js";
export { type ReferenceCatalogue, ReferenceCatalogueSchema } from "./ReferenceCatalogue.js";
export {
  PHASE_TO_SP800_61R2,
  RUNBOOK_PHASE_TITLES,
  RUNBOOK_PHASES,
  RUNBOOK_ROLES,
  type Runbook,
  type RunbookAutomation,
  RunbookAutomationSchema,
  type RunbookMappings,
  type RunbookPhase,
  type RunbookRole,
  RunbookSchema,
  type RunbookStep,
  RunbookStepSchema,
  SP800_61R2_PHASES,
} from "./RunbookSchema.js";
export { renderRunbookMarkdown } from "./renderRunbookMarkdown.js";
export { RunbookError } from "./runbookErrors.js";
export { automatedSteps, runbookAlertName, runbookPolicies } from "./runbookPolicies.js";
