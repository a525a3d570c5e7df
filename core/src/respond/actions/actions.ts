import { Registry } from "../../registry.js";
import type { Action } from "./action.js";
import { blockPrompt } from "./blockPrompt.js";
import { blockPublicAccess } from "./blockPublicAccess.js";
import { disableEndpoint } from "./disableEndpoint.js";
import { enforceCmek } from "./enforceCmek.js";
import { notify } from "./notify.js";
import { quarantineData } from "./quarantineData.js";
import { rollbackModel } from "./rollbackModel.js";
import { rotateSecret } from "./rotateSecret.js";

/**
 * Builds a registry holding the whole catalogue; tests and benches add their own actions to a copy.
 *
 * @example
 * const registry = createActionRegistry().register("page-oncall", pageOncall);
 */
export function createActionRegistry(): Registry<Action> {
  const registry = new Registry<Action>("action");
  for (const action of [
    rollbackModel,
    disableEndpoint,
    blockPrompt,
    rotateSecret,
    enforceCmek,
    blockPublicAccess,
    quarantineData,
    notify,
  ]) {
    registry.register(action.name, action);
  }
  return registry;
}

/**
 * The action catalogue: `rollback-model`, `disable-endpoint`, `block-prompt`, `rotate-secret`,
 * `enforce-cmek`, `block-public-access`, `quarantine-data`, `notify`.
 *
 * @example
 * actions.get("rollback-model").describeChange("fraud-detector", { endpoint: "fraud-detector",
 *   toVersion: "previous" }, before);
 */
export const actions = createActionRegistry();
