export interface EncryptionState {
  resourceId: string;
  /** The customer-managed key protecting the resource, or null for the provider-managed key. */
  kmsKeyId: string | null;
}

/** Customer-managed encryption keys (CMEK) on model endpoints and data stores. */
export interface Encryption {
  /** Null when the resource does not exist. */
  get(resourceId: string): Promise<EncryptionState | null>;
  /** Protect the resource with `kmsKeyId`; resolves once the change is in effect. */
  enforce(resourceId: string, kmsKeyId: string): Promise<void>;
  /** Put back a state captured by `get` (undo), where the cloud allows it. */
  restore(state: EncryptionState): Promise<void>;
}
