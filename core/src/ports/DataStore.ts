export interface PublicAccessState {
  store: string;
  /** True when every form of public access is blocked. */
  publicAccessBlocked: boolean;
}

export interface Quarantine {
  /** Stable id; quarantining the same id twice is a no-op. */
  id: string;
  store: string;
  /** Key prefix that was quarantined. */
  prefix: string;
  /** Keys moved, as they were named before the move. */
  objects: string[];
  released: boolean;
}

/** Data stores (buckets): public access and quarantine of suspicious data. */
export interface DataStore {
  list(): Promise<string[]>;
  /** Null when the store does not exist. */
  getPublicAccess(store: string): Promise<PublicAccessState | null>;
  setPublicAccessBlocked(store: string, blocked: boolean): Promise<void>;
  /** Move every object under `prefix` out of reach of readers, keeping it for forensics. */
  quarantine(id: string, store: string, prefix: string): Promise<Quarantine>;
  getQuarantine(id: string): Promise<Quarantine | null>;
  /** Put quarantined objects back where they were (undo). */
  release(id: string): Promise<void>;
}
