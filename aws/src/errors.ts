import { AirrError } from "@airr/core";

/**
 * An AWS call or precondition failed in a way the user must act on (a missing resource, a
 * refused change, a verification that did not hold). Stable `code`s; never carries a secret.
 */
export class AwsPortError extends AirrError {}

/** The target is busy (e.g. a SageMaker endpoint already updating): refuse rather than pile on. */
export class ResourceBusyError extends AwsPortError {
  constructor(what: string, status: string, where: string) {
    super("ResourceBusy", `${what} is ${status}; refusing to change it while another change is in progress`, {
      where,
      hint: "wait until the current update finishes, then run the response again",
    });
  }
}

/** The named resource does not exist in this account and region. */
export class ResourceNotFoundError extends AwsPortError {
  constructor(what: string, where: string, hint = "check the name, the account and the region (AWS_REGION)") {
    super("ResourceNotFound", `${what} does not exist`, { where, hint });
  }
}

/** An action ran but the cloud does not show the intended state afterwards. */
export class VerificationError extends AwsPortError {
  constructor(message: string, where: string) {
    super("VerificationFailed", message, { where, hint: "inspect the resource in the console; airr did not retry" });
  }
}
