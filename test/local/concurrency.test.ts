import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LocalCloud } from "@airr/local";
import { describe, expect, it } from "vitest";
import { runWorker } from "./runWorker.js";
import { NOW, tempClouds } from "./tempCloud.js";

const clouds = tempClouds();
const LATER = "2026-01-31T13:00:00.000Z";

describe("claims under concurrency", () => {
  it("lets exactly one of 50 concurrent claims in one process win", async () => {
    const cloud = await clouds.make();

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        cloud.state.claim("alert-1:rollback-model:fraud-detector", `inc-${i}`, NOW, LATER),
      ),
    );

    const winners = results.filter((r) => r.claimed);
    expect(winners).toHaveLength(1);
    const losers = results.filter((r) => !r.claimed);
    const owners = new Set(losers.map((r) => (r.claimed ? null : r.owner)));
    expect(owners.size).toBe(1);
    expect((await cloud.state.listClaims()).map((c) => c.key)).toEqual(["alert-1:rollback-model:fraud-detector"]);
  });

  it("lets exactly one win across separate LocalCloud objects on the same directory", async () => {
    const first = await clouds.make();
    const second = LocalCloud.open({ dir: first.dir });

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? first : second).state.claim("k", `o-${i}`, NOW, LATER)),
    );

    expect(results.filter((r) => r.claimed)).toHaveLength(1);
  });

  it("gives every key exactly one owner when two processes claim the same keys at once", async () => {
    const cloud = await clouds.make();

    const [a, b] = await Promise.all([
      runWorker([cloud.dir, "claim", "process-a", "20"]),
      runWorker([cloud.dir, "claim", "process-b", "20"]),
    ]);

    const wonByA = JSON.parse(a) as string[];
    const wonByB = JSON.parse(b) as string[];
    expect([...wonByA, ...wonByB].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `key-${i}`).sort());
    const claims = await cloud.state.listClaims();
    expect(claims).toHaveLength(20);
    for (const claim of claims) expect(claim.owner).toBe(wonByA.includes(claim.key) ? "process-a" : "process-b");
  });

  it("loses no update when two processes rotate the same secret", async () => {
    const cloud = await clouds.make();

    await Promise.all([runWorker([cloud.dir, "rotate", "5"]), runWorker([cloud.dir, "rotate", "5"])]);

    const state = await cloud.secrets.get("llm-api-key");
    expect(state?.versions).toHaveLength(12);
    expect(state?.currentVersion).toBe("v12");
    const values = JSON.parse(readFileSync(join(cloud.dir, "secret-values.json"), "utf8")) as { values: unknown[] };
    expect(values.values.filter((v) => (v as { id: string }).id === "llm-api-key")).toHaveLength(12);
  });
});
