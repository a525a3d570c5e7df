import type { EndpointState, ModelEndpoints, Provider } from "@airr/core";
import { beforeEach, describe, expect, it } from "vitest";
import { type ProviderFactory, requirePort } from "./providerFactory.js";

export interface ModelEndpointsSeed {
  /** An endpoint that is in service with at least two versions in its history. */
  endpointId: string;
  /** Optional data plane: send a request, resolve to the version that served it, reject when it refuses traffic. */
  invoke?: (provider: Provider, endpointId: string) => Promise<{ version: string }>;
}

/**
 * The `ModelEndpoints` contract. Seed: `seed.endpointId` in service, history of at least two
 * versions, serving one of them; no endpoint named `no-such-endpoint-contract`.
 */
export function modelEndpointsContract(makeProvider: ProviderFactory, seed: ModelEndpointsSeed): void {
  describe("ModelEndpoints contract", () => {
    let provider: Provider;
    let endpoints: ModelEndpoints;
    let before: EndpointState;
    let other: string;

    beforeEach(async () => {
      provider = await makeProvider();
      endpoints = requirePort(provider, "endpoints");
      const state = await endpoints.get(seed.endpointId);
      if (state === null) throw new Error(`seed endpoint ${seed.endpointId} is missing`);
      before = state;
      const older = before.history.map((h) => h.version).filter((v) => v !== before.currentVersion);
      if (older.length === 0) throw new Error(`seed endpoint ${seed.endpointId} needs two versions`);
      other = older[older.length - 1] as string;
    });

    it("lists the seeded endpoint and describes it", async () => {
      const ids = await endpoints.list();
      expect(ids).toContain(seed.endpointId);
      expect(before.id).toBe(seed.endpointId);
      expect(before.status).toBe("in-service");
      expect(before.history.map((h) => h.version)).toContain(before.currentVersion);
    });

    it("returns null for an unknown endpoint", async () => {
      expect(await endpoints.get("no-such-endpoint-contract")).toBeNull();
    });

    it("rolls back to an older version and forward again, keeping the history", async () => {
      await endpoints.deployVersion(seed.endpointId, other);
      const rolledBack = await endpoints.get(seed.endpointId);
      expect(rolledBack).toMatchObject({ status: "in-service", currentVersion: other });
      expect(rolledBack?.history.map((h) => h.version)).toEqual(before.history.map((h) => h.version));
      if (seed.invoke) expect(await seed.invoke(provider, seed.endpointId)).toEqual({ version: other });

      await endpoints.deployVersion(seed.endpointId, before.currentVersion as string);
      expect(await endpoints.get(seed.endpointId)).toMatchObject({ currentVersion: before.currentVersion });
    });

    it("rejects a version not in the history and changes nothing", async () => {
      await expect(endpoints.deployVersion(seed.endpointId, "no-such-version-contract")).rejects.toThrow();
      expect(await endpoints.get(seed.endpointId)).toEqual(before);
    });

    it("rejects a deployment to an unknown endpoint", async () => {
      await expect(endpoints.deployVersion("no-such-endpoint-contract", other)).rejects.toThrow();
    });

    it("disables (no version serves) and enables on the version that served before", async () => {
      await endpoints.disable(seed.endpointId);
      expect(await endpoints.get(seed.endpointId)).toMatchObject({ status: "disabled", currentVersion: null });
      if (seed.invoke) await expect(seed.invoke(provider, seed.endpointId)).rejects.toThrow();

      await endpoints.enable(seed.endpointId);
      expect(await endpoints.get(seed.endpointId)).toMatchObject({
        status: "in-service",
        currentVersion: before.currentVersion,
      });
      if (seed.invoke) expect(await seed.invoke(provider, seed.endpointId)).toEqual({ version: before.currentVersion });
    });
  });
}
