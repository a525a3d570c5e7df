import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AirrError } from "@airr/core";
import { LocalCloud, StateCorruptError } from "@airr/local";
import { describe, expect, it } from "vitest";
import { NOW, tempClouds } from "./tempCloud.js";

const clouds = tempClouds();

async function failure(promise: Promise<unknown>): Promise<AirrError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AirrError)) throw new Error(`expected an AirrError, got ${String(error)}`);
  return error;
}

describe("state files", () => {
  it("names the file and the fix when a state file is not valid JSON", async () => {
    const cloud = await clouds.make();
    const file = join(cloud.dir, "endpoints.json");
    writeFileSync(file, '{"endpoints": [');

    const error = await failure(cloud.endpoints.get("fraud-detector"));

    expect(error).toBeInstanceOf(StateCorruptError);
    expect(error.toJSON()).toMatchObject({ code: "StateCorrupt", where: file });
    expect(error.message).toContain("not valid JSON");
    expect(error.hint).toContain("airr local init --force");
  });

  it("names the field when a hand-edited file breaks the schema", async () => {
    const cloud = await clouds.make();
    const file = join(cloud.dir, "endpoints.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"status": "in-service"', '"status": "sleeping"'));

    const error = await failure(cloud.invoke("fraud-detector"));

    expect(error.code).toBe("StateCorrupt");
    expect(error.message).toContain("endpoints.0.status");
  });

  it("names the line of a corrupt audit log entry", async () => {
    const cloud = await clouds.make();
    mkdirSync(join(cloud.dir, "state"), { recursive: true });
    writeFileSync(join(cloud.dir, "state", "audit.jsonl"), "not json\n");

    const error = await failure(cloud.state.readAudit());

    expect(error.where).toBe(`${join(cloud.dir, "state", "audit.jsonl")}:1`);
  });

  it("calls a seeded world that lost a file corrupt, and an unseeded directory uninitialized", async () => {
    const cloud = await clouds.make();
    rmSync(join(cloud.dir, "stores.json"));
    const missing = LocalCloud.open({ dir: clouds.dir("never-seeded") });

    const lost = await failure(cloud.data.list());
    expect(lost).toMatchObject({ code: "StateCorrupt", where: join(cloud.dir, "stores.json") });
    expect(lost.message).toContain("missing");
    expect((await failure(missing.endpoints.list())).code).toBe("StateNotInitialized");
    expect(missing.isInitialized()).toBe(false);
    expect(existsSync(clouds.dir("never-seeded"))).toBe(false);
  });

  it("refuses to overwrite a world without force and re-seeds it with force", async () => {
    const cloud = await clouds.make();
    await cloud.endpoints.disable("fraud-detector");

    const refused = await failure(LocalCloud.init({ dir: cloud.dir, now: NOW }));
    expect(refused.code).toBe("StateExists");
    expect(refused.hint).toContain("--force");
    expect((await cloud.endpoints.get("fraud-detector"))?.status).toBe("disabled");

    const fresh = await LocalCloud.init({ dir: cloud.dir, now: NOW, force: true });
    expect((await fresh.endpoints.get("fraud-detector"))?.status).toBe("in-service");
  });

  it("never deletes files it does not own, even with force", async () => {
    const dir = clouds.dir("someone-elses");
    mkdirSync(dir);
    writeFileSync(join(dir, "thesis.tex"), "precious");

    const error = await failure(LocalCloud.init({ dir, now: NOW, force: true }));

    expect(error.code).toBe("NotAStateDirectory");
    expect(readFileSync(join(dir, "thesis.tex"), "utf8")).toBe("precious");
  });

  it("refuses bad values at the call instead of writing a file later readers would reject", async () => {
    const cloud = await clouds.make();
    const incident = JSON.parse(readFileSync(new URL("../fixtures/local/incident.json", import.meta.url), "utf8"));

    const badTime = await failure(cloud.state.claim("k", "alice", "noon", "2026-01-31T13:00:00.000Z"));
    const badIncident = await failure(cloud.state.putIncident({ ...incident, status: "exploded" }));

    expect(badTime).toMatchObject({ code: "InvalidInput", where: "claim.now" });
    expect(badIncident).toMatchObject({ code: "InvalidInput", where: "incident.status" });
    expect(await cloud.state.listIncidents()).toEqual([]);
    expect(await cloud.state.listClaims()).toEqual([]);
  });

  it("changes nothing, not even creating the directory, when a world operation runs before init", async () => {
    const dir = clouds.dir("not-yet");
    const cloud = LocalCloud.open({ dir });

    const error = await failure(cloud.endpoints.disable("fraud-detector"));

    expect(error.code).toBe("StateNotInitialized");
    expect(existsSync(dir)).toBe(false);
  });

  it("rejects a seed time that is not ISO-8601 UTC with milliseconds", async () => {
    const error = await failure(LocalCloud.init({ dir: clouds.dir("bad-time"), now: "yesterday" }));
    expect(error.code).toBe("InvalidTime");
  });
});
