/** Serving state of a model endpoint, in cloud-neutral words. */
export type EndpointStatus = "in-service" | "updating" | "disabled" | "failed";

export interface EndpointVersion {
  /** The cloud's id for a deployable version (SageMaker endpoint config, Vertex deployed model, ...). */
  version: string;
  /** When it was first deployed, ISO-8601 UTC, if known. */
  deployedAt: string | null;
}

export interface EndpointState {
  id: string;
  status: EndpointStatus;
  /** The version currently serving; null while disabled. */
  currentVersion: string | null;
  /** Versions ever deployed, oldest first; the last one is the newest. */
  history: EndpointVersion[];
}

/**
 * Model serving endpoints: roll back, disable, re-enable. Implementations wait until the change
 * has taken effect (or failed) before resolving; the engine verifies with `get` afterwards.
 */
export interface ModelEndpoints {
  /** Every endpoint this provider manages (for blast-radius percentages). */
  list(): Promise<string[]>;
  /** Null when the endpoint does not exist. */
  get(id: string): Promise<EndpointState | null>;
  /** Serve `version` (must appear in `history`). Rollback and its undo both use this. */
  deployVersion(id: string, version: string): Promise<void>;
  /** Stop serving traffic, keeping what is needed to `enable` again. */
  disable(id: string): Promise<void>;
  /** Serve again, on the version that was serving when it was disabled. */
  enable(id: string): Promise<void>;
}
