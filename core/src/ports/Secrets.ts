/** A secret's metadata. Never carries the secret value. */
export interface SecretState {
  id: string;
  currentVersion: string;
  previousVersion: string | null;
  /** Version ids, oldest first. */
  versions: string[];
}

/** Secret rotation. No method returns or accepts a secret value. */
export interface Secrets {
  list(): Promise<string[]>;
  /** Null when the secret does not exist. */
  get(id: string): Promise<SecretState | null>;
  /** Make a new current version; the old one stays as previous. Resolves to the new state. */
  rotate(id: string): Promise<SecretState>;
  /** Make an existing version current again (undo of a rotation). */
  restoreVersion(id: string, version: string): Promise<void>;
}
