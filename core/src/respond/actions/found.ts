import { ActionError } from "./actionErrors.js";

/**
 * Reads a target's state through a port, turning "not there" and port failures into typed
 * errors: the engine then blocks the action instead of acting on a state it could not see.
 */
export async function found<T>(action: string, target: string, read: () => Promise<T | null>): Promise<T> {
  let value: T | null;
  try {
    value = await read();
  } catch (cause) {
    throw new ActionError("LookupFailed", `${action}: reading "${target}" failed: ${(cause as Error).message}`, {
      cause,
      hint: "nothing was changed; check the provider, then retry",
    });
  }
  if (value === null) {
    throw new ActionError("TargetNotFound", `${action}: target "${target}" does not exist`, {
      hint: "check the policy's target parameter against the provider's resources",
    });
  }
  return value;
}
