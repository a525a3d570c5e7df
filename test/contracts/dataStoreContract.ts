import type { DataStore, Provider } from "@airr/core";
import { beforeEach, describe, expect, it } from "vitest";
import { type ProviderFactory, requirePort } from "./providerFactory.js";

export interface DataStoreSeed {
  /** A store with public access NOT blocked and at least one object under `prefix`. */
  store: string;
  prefix: string;
  /** Optional data plane, for the checks a reader would make: list readable keys, read an object (rejects when unreadable). */
  objects?: {
    list(provider: Provider, store: string): Promise<string[]>;
    read(provider: Provider, store: string, key: string): Promise<Uint8Array>;
  };
}

/**
 * The `DataStore` contract. Seed: `seed.store` with public access not blocked and objects under
 * `seed.prefix`; no store named `no-such-store-contract`, no quarantine id starting `q-contract`.
 */
export function dataStoreContract(makeProvider: ProviderFactory, seed: DataStoreSeed): void {
  describe("DataStore contract", () => {
    let provider: Provider;
    let data: DataStore;

    beforeEach(async () => {
      provider = await makeProvider();
      data = requirePort(provider, "data");
    });

    it("lists the seeded store, public access not blocked", async () => {
      expect(await data.list()).toContain(seed.store);
      expect(await data.getPublicAccess(seed.store)).toEqual({ store: seed.store, publicAccessBlocked: false });
    });

    it("returns null for the public access of an unknown store", async () => {
      expect(await data.getPublicAccess("no-such-store-contract")).toBeNull();
    });

    it("blocks public access and unblocks it again (undo)", async () => {
      await data.setPublicAccessBlocked(seed.store, true);
      expect(await data.getPublicAccess(seed.store)).toEqual({ store: seed.store, publicAccessBlocked: true });
      await data.setPublicAccessBlocked(seed.store, false);
      expect(await data.getPublicAccess(seed.store)).toEqual({ store: seed.store, publicAccessBlocked: false });
    });

    it("quarantines every object under the prefix, idempotently by id", async () => {
      const first = await data.quarantine("q-contract-1", seed.store, seed.prefix);
      const again = await data.quarantine("q-contract-1", seed.store, seed.prefix);

      expect(first).toMatchObject({ id: "q-contract-1", store: seed.store, prefix: seed.prefix, released: false });
      expect(first.objects.length).toBeGreaterThan(0);
      expect(first.objects.every((key) => key.startsWith(seed.prefix))).toBe(true);
      expect(again).toEqual(first);
      expect(await data.getQuarantine("q-contract-1")).toEqual(first);
    });

    it("makes quarantined objects unreadable and releases them byte-identical (undo)", async () => {
      const objects = seed.objects;
      const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
      const keys = objects ? (await objects.list(provider, seed.store)).filter((k) => k.startsWith(seed.prefix)) : [];
      const originals = objects
        ? await Promise.all(keys.map(async (k) => hex(await objects.read(provider, seed.store, k))))
        : [];

      const held = await data.quarantine("q-contract-2", seed.store, seed.prefix);
      if (objects) {
        expect([...held.objects].sort()).toEqual([...keys].sort());
        for (const key of keys) await expect(objects.read(provider, seed.store, key)).rejects.toThrow();
        expect((await objects.list(provider, seed.store)).filter((k) => k.startsWith(seed.prefix))).toEqual([]);
      }
      await data.release("q-contract-2");

      expect(await data.getQuarantine("q-contract-2")).toMatchObject({ released: true, objects: held.objects });
      if (objects) {
        const restored = await Promise.all(keys.map(async (k) => hex(await objects.read(provider, seed.store, k))));
        expect(restored).toEqual(originals);
      }
    });

    it("treats releasing twice as a no-op", async () => {
      await data.quarantine("q-contract-3", seed.store, seed.prefix);
      await data.release("q-contract-3");
      await data.release("q-contract-3");
      expect((await data.getQuarantine("q-contract-3"))?.released).toBe(true);
    });

    it("returns null for an unknown quarantine and rejects quarantining in an unknown store", async () => {
      expect(await data.getQuarantine("q-contract-absent")).toBeNull();
      await expect(data.quarantine("q-contract-4", "no-such-store-contract", seed.prefix)).rejects.toThrow();
    });
  });
}
