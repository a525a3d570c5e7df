import type { Provider, SecretState, Secrets } from "@airr/core";
import { beforeEach, describe, expect, it } from "vitest";
import { type ProviderFactory, requirePort } from "./providerFactory.js";

export interface SecretsSeed {
  /** An existing secret with at least one version. */
  secretId: string;
  /** Optional data plane: the value an app reads now (the suite compares values, never prints them). */
  readValue?: (provider: Provider, secretId: string) => Promise<string>;
}

/** The `Secrets` contract. Seed: `seed.secretId` exists; no secret named `no-such-secret-contract`. */
export function secretsContract(makeProvider: ProviderFactory, seed: SecretsSeed): void {
  describe("Secrets contract", () => {
    let provider: Provider;
    let secrets: Secrets;
    let before: SecretState;

    beforeEach(async () => {
      provider = await makeProvider();
      secrets = requirePort(provider, "secrets");
      const state = await secrets.get(seed.secretId);
      if (state === null) throw new Error(`seed secret ${seed.secretId} is missing`);
      before = state;
    });

    it("lists and describes the seeded secret, metadata only", async () => {
      expect(await secrets.list()).toContain(seed.secretId);
      expect(Object.keys(before).sort()).toEqual(["currentVersion", "id", "previousVersion", "versions"]);
      expect(before.versions).toContain(before.currentVersion);
    });

    it("returns null for an unknown secret", async () => {
      expect(await secrets.get("no-such-secret-contract")).toBeNull();
    });

    it("rotates to a new current version and keeps the old one as previous", async () => {
      const valueBefore = seed.readValue ? await seed.readValue(provider, seed.secretId) : null;

      const rotated = await secrets.rotate(seed.secretId);

      expect(before.versions).not.toContain(rotated.currentVersion);
      expect(rotated.previousVersion).toBe(before.currentVersion);
      expect(rotated.versions).toEqual([...before.versions, rotated.currentVersion]);
      expect(await secrets.get(seed.secretId)).toEqual(rotated);
      if (seed.readValue) expect((await seed.readValue(provider, seed.secretId)) === valueBefore).toBe(false);
    });

    it("restores the previous version after a rotation (undo)", async () => {
      const valueBefore = seed.readValue ? await seed.readValue(provider, seed.secretId) : null;
      await secrets.rotate(seed.secretId);

      await secrets.restoreVersion(seed.secretId, before.currentVersion);

      expect((await secrets.get(seed.secretId))?.currentVersion).toBe(before.currentVersion);
      if (seed.readValue) expect((await seed.readValue(provider, seed.secretId)) === valueBefore).toBe(true);
    });

    it("rejects restoring a version that does not exist and changes nothing", async () => {
      await expect(secrets.restoreVersion(seed.secretId, "no-such-version-contract")).rejects.toThrow();
      expect(await secrets.get(seed.secretId)).toEqual(before);
    });

    it("rejects rotating an unknown secret", async () => {
      await expect(secrets.rotate("no-such-secret-contract")).rejects.toThrow();
    });
  });
}
