import type { Cloud } from "../respond/alert.js";
import type { DataStore } from "./DataStore.js";
import type { Encryption } from "./Encryption.js";
import type { ModelEndpoints } from "./ModelEndpoints.js";
import type { Notifier } from "./Notifier.js";
import type { PromptBlocklist } from "./PromptBlocklist.js";
import type { Secrets } from "./Secrets.js";
import type { StateStore } from "./StateStore.js";

/**
 * One cloud's implementation of the ports. A port a cloud lacks is left out; an action that
 * needs it then fails with a typed error naming the port, before changing anything.
 */
export interface Provider {
  readonly cloud: Cloud;
  readonly state: StateStore;
  readonly endpoints?: ModelEndpoints;
  readonly secrets?: Secrets;
  readonly blocklist?: PromptBlocklist;
  readonly encryption?: Encryption;
  readonly data?: DataStore;
  readonly notifier?: Notifier;
}

export type PortName = Exclude<keyof Provider, "cloud">;
