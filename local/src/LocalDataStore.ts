import { readFile } from "node:fs/promises";
import type { DataStore, PublicAccessState, Quarantine } from "@airr/core";
import { NotFoundError, ObjectQuarantinedError, ReleaseConflictError } from "./errors.js";
import { assertSafeKey, exists, listFiles, moveFile, writeFileDurably } from "./objectFiles.js";
import type { StateDir } from "./StateDir.js";
import {
  QUARANTINES_FILE,
  type QuarantineRecord,
  QuarantinesFileSchema,
  STORES_FILE,
  type StoreRecord,
  StoresFileSchema,
} from "./worldSchemas.js";

/** Accepts `training-data` and the resource-style `store/training-data` or `bucket/training-data`. */
export function storeNameOf(ref: string): string {
  return ref.replace(/^(store|bucket)\//, "");
}

/**
 * Data stores (buckets) as folders: objects under `stores/<name>/objects/`, quarantined ones
 * under `stores/<name>/quarantine/q-<id>/`. Quarantine and release are write-ahead: the record
 * says `pending` before any object moves, and a crash in between is finished on the next call.
 * (Longer than most files: the port plus the data plane a scenario reads, which share the paths.)
 */
export class LocalDataStore implements DataStore {
  constructor(private readonly dir: StateDir) {}

  async list(): Promise<string[]> {
    return (await this.records()).map((s) => s.name);
  }

  async getPublicAccess(store: string): Promise<PublicAccessState | null> {
    const record = (await this.records()).find((s) => s.name === storeNameOf(store));
    return record === undefined ? null : { store: record.name, publicAccessBlocked: record.publicAccessBlocked };
  }

  setPublicAccessBlocked(store: string, blocked: boolean): Promise<void> {
    return this.dir.withLock(async () => {
      const all = await this.records();
      const record = this.find(all, store);
      await this.writeStores(all.map((s) => (s === record ? { ...s, publicAccessBlocked: blocked } : s)));
    });
  }

  quarantine(id: string, store: string, prefix: string): Promise<Quarantine> {
    return this.dir.withLock(async () => {
      const all = await this.quarantines();
      const existing = all.find((q) => q.id === id);
      if (existing !== undefined && existing.pending === null) return toQuarantine(existing);
      const record = existing ?? (await this.planQuarantine(id, this.find(await this.records(), store).name, prefix));
      await this.writeQuarantines([...all.filter((q) => q.id !== id), record]);
      for (const key of record.objects) await moveFile(this.objectPath(record.store, key), this.heldPath(record, key));
      const done = { ...record, pending: null };
      await this.writeQuarantines([...all.filter((q) => q.id !== id), done]);
      return toQuarantine(done);
    });
  }

  async getQuarantine(id: string): Promise<Quarantine | null> {
    const record = (await this.quarantines()).find((q) => q.id === id);
    return record === undefined ? null : toQuarantine(record);
  }

  release(id: string): Promise<void> {
    return this.dir.withLock(async () => {
      const all = await this.quarantines();
      const record = all.find((q) => q.id === id);
      if (record === undefined) {
        throw new NotFoundError(
          "quarantine",
          id,
          all.map((q) => q.id),
        );
      }
      if (record.released && record.pending === null) return;
      if (record.pending === null) {
        for (const key of record.objects) {
          if (await exists(this.objectPath(record.store, key)))
            throw new ReleaseConflictError(record.id, record.store, key);
        }
      }
      const others = all.filter((q) => q.id !== id);
      await this.writeQuarantines([...others, { ...record, pending: "release" }]);
      for (const key of record.objects) await moveFile(this.heldPath(record, key), this.objectPath(record.store, key));
      const done = { ...record, released: true, pending: null, releasedAt: this.dir.now() };
      await this.writeQuarantines([...others, done]);
    });
  }

  /** Readable object keys of a store, sorted (quarantined objects are not listed). */
  async listObjects(store: string): Promise<string[]> {
    const name = this.find(await this.records(), store).name;
    return listFiles(this.dir.path("stores", name, "objects"));
  }

  /** An object's bytes; a quarantined object (not written again since) throws `ObjectQuarantined`. */
  async readObject(store: string, key: string): Promise<Buffer> {
    const name = this.find(await this.records(), store).name;
    assertSafeKey("object key", key);
    try {
      return await readFile(this.objectPath(name, key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    const held = (await this.quarantines()).find((q) => q.store === name && !q.released && q.objects.includes(key));
    if (held !== undefined) throw new ObjectQuarantinedError(name, key, held.id);
    throw new NotFoundError(`object in "${name}"`, key, await this.listObjects(name));
  }

  /** Writes an object (atomically: temp file, fsync, rename). */
  putObject(store: string, key: string, body: Uint8Array | string): Promise<void> {
    return this.dir.withLock(async () => {
      const name = this.find(await this.records(), store).name;
      assertSafeKey("object key", key);
      await writeFileDurably(this.objectPath(name, key), body, this.dir.path("stores", name, "tmp"));
    });
  }

  async records(): Promise<StoreRecord[]> {
    return (await this.dir.readJson(STORES_FILE, StoresFileSchema)).stores;
  }

  /** Every quarantine ever made, released ones included. */
  async quarantines(): Promise<QuarantineRecord[]> {
    return (await this.dir.readJson(QUARANTINES_FILE, QuarantinesFileSchema, () => ({ quarantines: [] }))).quarantines;
  }

  /** Sets a store's CMEK key; used by `LocalEncryption` under its own lock. */
  async writeKmsKey(name: string, kmsKeyId: string | null): Promise<void> {
    await this.writeStores((await this.records()).map((s) => (s.name === name ? { ...s, kmsKeyId } : s)));
  }

  private async planQuarantine(id: string, store: string, prefix: string): Promise<QuarantineRecord> {
    const objects = (await this.listObjects(store)).filter((key) => key.startsWith(prefix));
    return {
      id,
      store,
      prefix,
      objects,
      released: false,
      pending: "quarantine",
      createdAt: this.dir.now(),
      releasedAt: null,
    };
  }

  private objectPath(store: string, key: string): string {
    return this.dir.path("stores", store, "objects", ...key.split("/"));
  }

  private heldPath(record: QuarantineRecord, key: string): string {
    return this.dir.path("stores", record.store, "quarantine", `q-${encodeURIComponent(record.id)}`, ...key.split("/"));
  }

  private find(all: StoreRecord[], ref: string): StoreRecord {
    const record = all.find((s) => s.name === storeNameOf(ref));
    if (record === undefined)
      throw new NotFoundError(
        "data store",
        ref,
        all.map((s) => s.name),
      );
    return record;
  }

  private writeStores(stores: StoreRecord[]): Promise<void> {
    return this.dir.writeJson(STORES_FILE, { stores });
  }

  private writeQuarantines(quarantines: QuarantineRecord[]): Promise<void> {
    return this.dir.writeJson(QUARANTINES_FILE, { quarantines });
  }
}

function toQuarantine(record: QuarantineRecord): Quarantine {
  const { id, store, prefix, objects, released } = record;
  return { id, store, prefix, objects: [...objects], released };
}
