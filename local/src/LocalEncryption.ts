import type { Encryption, EncryptionState } from "@airr/core";
import { NotFoundError } from "./errors.js";
import { type LocalDataStore, storeNameOf } from "./LocalDataStore.js";
import { endpointIdOf, type LocalEndpoints } from "./LocalEndpoints.js";
import type { StateDir } from "./StateDir.js";
import { KMS_FILE, KmsFileSchema } from "./worldSchemas.js";

type Target = { kind: "endpoint"; id: string } | { kind: "store"; id: string };

/**
 * CMEK for endpoints and data stores: the key id is recorded on the resource's own record. A
 * resource is named by its id (`fraud-detector`, `training-data`) or resource-style
 * (`endpoint/fraud-detector`, `store/training-data`). Only keys in `kms.json` can be used.
 */
export class LocalEncryption implements Encryption {
  constructor(
    private readonly dir: StateDir,
    private readonly endpoints: LocalEndpoints,
    private readonly stores: LocalDataStore,
  ) {}

  async get(resourceId: string): Promise<EncryptionState | null> {
    const target = await this.resolve(resourceId);
    if (target === null) return null;
    const kmsKeyId =
      target.kind === "endpoint"
        ? ((await this.endpoints.records()).find((e) => e.id === target.id)?.kmsKeyId ?? null)
        : ((await this.stores.records()).find((s) => s.name === target.id)?.kmsKeyId ?? null);
    return { resourceId, kmsKeyId };
  }

  enforce(resourceId: string, kmsKeyId: string): Promise<void> {
    return this.set(resourceId, kmsKeyId);
  }

  restore(state: EncryptionState): Promise<void> {
    return this.set(state.resourceId, state.kmsKeyId);
  }

  /** Key ids in the local KMS. */
  async keys(): Promise<string[]> {
    return (await this.dir.readJson(KMS_FILE, KmsFileSchema)).keys.filter((k) => k.enabled).map((k) => k.id);
  }

  private set(resourceId: string, kmsKeyId: string | null): Promise<void> {
    return this.dir.withLock(async () => {
      const target = await this.resolve(resourceId);
      if (target === null) throw new NotFoundError("resource", resourceId, await this.resourceIds());
      if (kmsKeyId !== null) {
        const keys = await this.keys();
        if (!keys.includes(kmsKeyId)) throw new NotFoundError("KMS key", kmsKeyId, keys);
      }
      if (target.kind === "endpoint") await this.endpoints.writeKmsKey(target.id, kmsKeyId);
      else await this.stores.writeKmsKey(target.id, kmsKeyId);
    });
  }

  private async resolve(resourceId: string): Promise<Target | null> {
    const endpointIds = await this.endpoints.list();
    const storeNames = await this.stores.list();
    if (!resourceId.startsWith("store/") && !resourceId.startsWith("bucket/")) {
      const id = endpointIdOf(resourceId);
      if (endpointIds.includes(id)) return { kind: "endpoint", id };
    }
    if (!resourceId.startsWith("endpoint/")) {
      const name = storeNameOf(resourceId);
      if (storeNames.includes(name)) return { kind: "store", id: name };
    }
    return null;
  }

  private async resourceIds(): Promise<string[]> {
    return [...(await this.endpoints.list()), ...(await this.stores.list())];
  }
}
