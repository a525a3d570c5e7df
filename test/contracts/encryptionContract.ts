import type { Encryption } from "@airr/core";
import { beforeEach, describe, expect, it } from "vitest";
import { type ProviderFactory, requirePort } from "./providerFactory.js";

export interface EncryptionSeed {
  /** A resource (endpoint or data store) protected by the provider-managed key (`kmsKeyId: null`). */
  resourceId: string;
  /** A customer-managed key the provider may use on that resource. */
  kmsKeyId: string;
  /** False where the cloud cannot go back from CMEK to its own key; the undo test is then skipped over. */
  canRestoreProviderKey?: boolean;
}

/**
 * The `Encryption` contract. Seed: `seed.resourceId` without CMEK, `seed.kmsKeyId` usable on it;
 * no resource named `no-such-resource-contract`.
 */
export function encryptionContract(makeProvider: ProviderFactory, seed: EncryptionSeed): void {
  describe("Encryption contract", () => {
    let encryption: Encryption;

    beforeEach(async () => {
      encryption = requirePort(await makeProvider(), "encryption");
    });

    it("reports the provider-managed key of the seeded resource as null", async () => {
      expect(await encryption.get(seed.resourceId)).toEqual({ resourceId: seed.resourceId, kmsKeyId: null });
    });

    it("returns null for an unknown resource", async () => {
      expect(await encryption.get("no-such-resource-contract")).toBeNull();
    });

    it("enforces CMEK and records the key id; enforcing again is harmless", async () => {
      await encryption.enforce(seed.resourceId, seed.kmsKeyId);
      await encryption.enforce(seed.resourceId, seed.kmsKeyId);
      expect(await encryption.get(seed.resourceId)).toEqual({ resourceId: seed.resourceId, kmsKeyId: seed.kmsKeyId });
    });

    it("restores the state captured before enforcing (undo)", async () => {
      const before = await encryption.get(seed.resourceId);
      if (before === null) throw new Error(`seed resource ${seed.resourceId} is missing`);
      await encryption.enforce(seed.resourceId, seed.kmsKeyId);

      if (seed.canRestoreProviderKey === false) {
        await expect(encryption.restore(before)).rejects.toThrow();
        return;
      }
      await encryption.restore(before);
      expect(await encryption.get(seed.resourceId)).toEqual(before);
    });

    it("rejects a key that does not exist and changes nothing", async () => {
      await expect(encryption.enforce(seed.resourceId, `${seed.kmsKeyId}-no-such-key-contract`)).rejects.toThrow();
      expect(await encryption.get(seed.resourceId)).toEqual({ resourceId: seed.resourceId, kmsKeyId: null });
    });

    it("rejects enforcing on an unknown resource", async () => {
      await expect(encryption.enforce("no-such-resource-contract", seed.kmsKeyId)).rejects.toThrow();
    });
  });
}
