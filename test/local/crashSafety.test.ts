import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LocalCloud } from "@airr/local";
import { describe, expect, it } from "vitest";
import { startWorker, waitForOutput } from "./runWorker.js";
import { NOW, tempClouds } from "./tempCloud.js";

const clouds = tempClouds();
const note = (event: string) => ({
  at: NOW,
  incidentId: "inc-1",
  phase: "note" as const,
  actionKey: null,
  event,
  detail: {},
});

/**
 * Rewinds a finished quarantine of `q-1` to the moment a crash would leave it in: the record
 * still `pending`, and only the first object moved (back in the store for a quarantine, still
 * in the store for a release, which is the same place).
 */
function crashAfterFirstMove(dir: string, objects: string[], pending: "quarantine" | "release"): string {
  const [first] = objects as [string];
  const held = join(dir, "stores", "training-data", "quarantine", "q-q-1", ...first.split("/"));
  renameSync(held, join(dir, "stores", "training-data", "objects", ...first.split("/")));
  const file = join(dir, "quarantines.json");
  writeFileSync(file, readFileSync(file, "utf8").replace('"pending": null', `"pending": "${pending}"`));
  return first;
}

describe("crash safety", () => {
  it("keeps the previous file when a write was interrupted before its rename (temp file left behind)", async () => {
    const cloud = await clouds.make();
    const before = readFileSync(join(cloud.dir, "endpoints.json"), "utf8");
    // What a writer killed after writing half its temp file leaves: the target is untouched.
    writeFileSync(join(cloud.dir, "endpoints.json.3f2a91c0"), before.slice(0, before.length / 2));

    expect(readFileSync(join(cloud.dir, "endpoints.json"), "utf8")).toBe(before);
    expect((await cloud.endpoints.get("fraud-detector"))?.currentVersion).toBe("fraud-v3");
    await cloud.endpoints.deployVersion("fraud-detector", "fraud-v2");
    expect((await cloud.endpoints.get("fraud-detector"))?.currentVersion).toBe("fraud-v2");
  });

  it("leaves only valid state when a process is killed mid-write, and recovers its stale lock", async () => {
    const cloud = await clouds.make();
    const child = startWorker([cloud.dir, "deploy-loop"]);
    await waitForOutput(child, "ready");
    await new Promise((resolve) => setTimeout(resolve, 150));

    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    const state = await cloud.endpoints.get("fraud-detector");
    expect(["in-service", "updating"]).toContain(state?.status);
    const audit = await cloud.state.readAudit("inc-loop");
    expect(audit.length).toBeGreaterThan(0);
    // The killed worker may still hold the lock; a fresh process takes it over once it is stale.
    const recovering = LocalCloud.open({ dir: cloud.dir, lockStaleMs: 2_000 });
    await recovering.endpoints.deployVersion("fraud-detector", "fraud-v3");
    expect(await recovering.endpoints.get("fraud-detector")).toMatchObject({
      status: "in-service",
      currentVersion: "fraud-v3",
    });
  });

  it("takes over the lock a crashed process left behind once it is stale", async () => {
    const cloud = await clouds.make();
    // proper-lockfile's lock is a directory whose mtime the holder keeps fresh; a crash stops that.
    mkdirSync(join(cloud.dir, "lock"));
    const recovering = LocalCloud.open({ dir: cloud.dir, lockStaleMs: 2_000 });

    await recovering.endpoints.disable("fraud-detector");

    expect((await recovering.endpoints.get("fraud-detector"))?.status).toBe("disabled");
    expect(existsSync(join(cloud.dir, "lock"))).toBe(false);
  });

  it("ignores an audit line torn by a crash and cuts it off before the next append", async () => {
    const cloud = await clouds.make();
    await cloud.state.appendAudit(note("first"));
    const file = join(cloud.dir, "state", "audit.jsonl");
    writeFileSync(file, `${readFileSync(file, "utf8")}{"at":"2026-01-31T12:00:00.000Z","incid`);

    expect((await cloud.state.readAudit()).map((e) => e.event)).toEqual(["first"]);
    await cloud.state.appendAudit(note("second"));

    expect((await cloud.state.readAudit()).map((e) => e.event)).toEqual(["first", "second"]);
    expect(readFileSync(file, "utf8").split("\n")).toHaveLength(3);
  });

  it("finishes a quarantine that crashed after moving some objects (write-ahead record)", async () => {
    const cloud = await clouds.make();
    const done = await cloud.data.quarantine("q-1", "training-data", "conversations/");
    const first = crashAfterFirstMove(cloud.dir, done.objects, "quarantine");

    const resumed = await cloud.data.quarantine("q-1", "training-data", "conversations/");

    expect(resumed).toEqual(done);
    expect(await cloud.listObjects("training-data")).not.toContain(first);
    expect((await cloud.data.quarantines())[0]?.pending).toBeNull();
  });

  it("finishes a release that crashed halfway", async () => {
    const cloud = await clouds.make();
    const original = await cloud.readObject("training-data", "conversations/session-0001.jsonl");
    const done = await cloud.data.quarantine("q-1", "training-data", "conversations/");
    crashAfterFirstMove(cloud.dir, done.objects, "release");

    await cloud.data.release("q-1");

    expect(await cloud.data.getQuarantine("q-1")).toMatchObject({ released: true });
    expect(await cloud.readObject("training-data", "conversations/session-0001.jsonl")).toEqual(original);
    expect(readdirSync(join(cloud.dir, "stores", "training-data", "objects", "conversations"))).toHaveLength(2);
  });
});
