import type { Provider } from "@airr/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, stateStoreContract, T0 } from "../contracts/index.js";
import { freshStateStore, startDynalite } from "./dynalite.js";

let dynamo: Awaited<ReturnType<typeof startDynalite>>;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo.close();
});

// The shared StateStore contract, over DynamoDB (dynalite), one fresh table per test.
stateStoreContract(async () => ({ cloud: "aws", state: await freshStateStore(dynamo.endpoint) }) as Provider);

describe("DynamoDbStateStore on dynalite", () => {
  it("lets exactly one of 50 concurrent claims win, and the losers see the winner", async () => {
    // Prepare
    const store = await freshStateStore(dynamo.endpoint);
    const owners = Array.from({ length: 50 }, (_, i) => `lambda-${i}`);
    // Act
    const results = await Promise.all(
      owners.map((owner) => store.claim("alarm-1:rollback-model:fraud", owner, T0, at(5))),
    );
    // Assess
    const winners = results.flatMap((r, i) => (r.claimed ? [owners[i]] : []));
    expect(winners).toHaveLength(1);
    for (const r of results)
      if (!r.claimed) expect(r).toEqual({ claimed: false, owner: winners[0], expiresAt: at(5), settled: false });
  });

  it("keeps snapshots for the ports' undo", async () => {
    const store = await freshStateStore(dynamo.endpoint);
    await store.putSnapshot("sagemaker-endpoint:fraud", { configName: "fraud-v3" });
    expect(await store.getSnapshot("sagemaker-endpoint:fraud")).toEqual({ configName: "fraud-v3" });
    await store.deleteSnapshot("sagemaker-endpoint:fraud");
    expect(await store.getSnapshot("sagemaker-endpoint:fraud")).toBeNull();
  });

  it("reports the owner when settling a claim held by someone else", async () => {
    const store = await freshStateStore(dynamo.endpoint);
    await store.claim("k", "alice", T0, at(10));
    await expect(store.settle("k", "bob")).rejects.toMatchObject({
      code: "ClaimNotHeld",
      message: expect.stringContaining("alice"),
    });
  });
});
