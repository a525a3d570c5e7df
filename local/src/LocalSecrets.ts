import { randomBytes } from "node:crypto";
import type { SecretState, Secrets } from "@airr/core";
import { NotFoundError, UnknownVersionError } from "./errors.js";
import type { StateDir } from "./StateDir.js";
import {
  SECRET_VALUES_FILE,
  SECRETS_FILE,
  type SecretRecord,
  SecretsFileSchema,
  SecretValuesFileSchema,
} from "./worldSchemas.js";

/** A fresh random secret value (192 bits, URL-safe). */
export function newSecretValue(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * Secrets with versions. Metadata is in `secrets.json`; values are in `secret-values.json`
 * (mode 0600) and leave this class only through `readValue`, for the apps a scenario runs.
 */
export class LocalSecrets implements Secrets {
  constructor(private readonly dir: StateDir) {}

  async list(): Promise<string[]> {
    return (await this.read()).map((s) => s.id);
  }

  async get(id: string): Promise<SecretState | null> {
    const record = (await this.read()).find((s) => s.id === id);
    return record === undefined ? null : toState(record);
  }

  rotate(id: string): Promise<SecretState> {
    return this.dir.withLock(async () => {
      const all = await this.read();
      const record = this.find(all, id);
      const version = `v${record.versions.length + 1}`;
      // The value is written before the metadata that makes it current: a crash in between
      // leaves an unused value behind (replaced by the next rotation), never a current version
      // without a value.
      const { values } = await this.dir.readJson(SECRET_VALUES_FILE, SecretValuesFileSchema);
      const fresh = { id, version, value: newSecretValue() };
      const kept = values.filter((v) => !(v.id === id && v.version === version));
      await this.dir.writeJson(SECRET_VALUES_FILE, { values: [...kept, fresh] }, { mode: 0o600 });
      const next: SecretRecord = {
        ...record,
        versions: [...record.versions, { version, createdAt: this.dir.now() }],
        currentVersion: version,
        previousVersion: record.currentVersion,
      };
      await this.write(all.map((s) => (s.id === id ? next : s)));
      return toState(next);
    });
  }

  restoreVersion(id: string, version: string): Promise<void> {
    return this.dir.withLock(async () => {
      const all = await this.read();
      const record = this.find(all, id);
      const versions = record.versions.map((v) => v.version);
      if (!versions.includes(version)) throw new UnknownVersionError("secret", id, version, versions);
      if (record.currentVersion === version) return;
      const next = { ...record, currentVersion: version, previousVersion: record.currentVersion };
      await this.write(all.map((s) => (s.id === id ? next : s)));
    });
  }

  /** The value of the current version (or of `version`). Callers must never log it. */
  async readValue(id: string, version?: string): Promise<string> {
    const record = this.find(await this.read(), id);
    const wanted = version ?? record.currentVersion;
    const { values } = await this.dir.readJson(SECRET_VALUES_FILE, SecretValuesFileSchema);
    const found = values.find((v) => v.id === id && v.version === wanted);
    if (found === undefined) {
      throw new UnknownVersionError(
        "secret",
        id,
        wanted,
        record.versions.map((v) => v.version),
      );
    }
    return found.value;
  }

  /** Every stored value, so the notifier can mask any that a message would leak. */
  async allValues(): Promise<string[]> {
    const file = await this.dir.readJson(SECRET_VALUES_FILE, SecretValuesFileSchema, () => ({ values: [] }));
    return file.values.map((v) => v.value);
  }

  private async read(): Promise<SecretRecord[]> {
    return (await this.dir.readJson(SECRETS_FILE, SecretsFileSchema)).secrets;
  }

  private write(secrets: SecretRecord[]): Promise<void> {
    return this.dir.writeJson(SECRETS_FILE, { secrets });
  }

  private find(all: SecretRecord[], id: string): SecretRecord {
    const record = all.find((s) => s.id === id);
    if (record === undefined)
      throw new NotFoundError(
        "secret",
        id,
        all.map((s) => s.id),
      );
    return record;
  }
}

function toState(record: SecretRecord): SecretState {
  return {
    id: record.id,
    currentVersion: record.currentVersion,
    previousVersion: record.previousVersion,
    versions: record.versions.map((v) => v.version),
  };
}
