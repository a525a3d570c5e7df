import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Incident } from "@airr/core";
import type { LocalCloud } from "@airr/local";
import { describe, expect, it } from "vitest";
import { tempClouds } from "./tempCloud.js";

const clouds = tempClouds();
const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/local/incident.json", import.meta.url), "utf8"),
) as Incident;
const incident = (id: string, minute: number): Incident => {
  const createdAt = `2026-01-31T12:${String(minute).padStart(2, "0")}:00.000Z`;
  return { ...fixture, id, createdAt, updatedAt: createdAt };
};
const ids = (list: Incident[]) => list.map((i) => i.id);
const file = (cloud: LocalCloud, name: string) => join(cloud.dir, "state", name);

async function cloudWith(...incidents: Incident[]): Promise<LocalCloud> {
  const cloud = await clouds.make();
  for (const i of incidents) await cloud.state.putIncident(i);
  return cloud;
}

describe("local incident listing (incidents.index.jsonl)", () => {
  it("reads only the incidents it returns: a damaged old incident does not break `--limit 2`", async () => {
    const cloud = await cloudWith(incident("inc-old", 0), incident("inc-mid", 1), incident("inc-new", 2));
    writeFileSync(file(cloud, "incidents/inc-old.json"), "{ torn");

    const newest = await cloud.state.listIncidents(2);
    const all = cloud.state.listIncidents();

    expect(ids(newest)).toEqual(["inc-new", "inc-mid"]);
    await expect(all).rejects.toMatchObject({ code: "StateCorrupt" });
  });

  it("indexes an incident once, however often it is updated", async () => {
    const first = incident("inc-1", 0);
    const cloud = await cloudWith(first, { ...first, status: "completed" }, { ...first, status: "completed" });

    const lines = readFileSync(file(cloud, "incidents.index.jsonl"), "utf8").trim().split("\n");
    const [listed] = await cloud.state.listIncidents(1);

    expect(lines.map((l) => JSON.parse(l))).toEqual([{ id: "inc-1", createdAt: first.createdAt }]);
    expect(listed?.status).toBe("completed");
  });

  it("still lists an incident whose index line was lost in a crash between the two writes", async () => {
    const cloud = await cloudWith(incident("inc-a", 0));
    const crashed = incident("inc-crashed", 5);
    writeFileSync(file(cloud, "incidents/inc-crashed.json"), JSON.stringify(crashed));

    expect(ids(await cloud.state.listIncidents(1))).toEqual(["inc-crashed"]);
    expect(ids(await cloud.state.listIncidents())).toEqual(["inc-crashed", "inc-a"]);
  });

  it("builds the index of a state folder written before the index existed, on its next new incident", async () => {
    const cloud = await cloudWith(incident("inc-a", 0), incident("inc-b", 1));
    rmSync(file(cloud, "incidents.index.jsonl"));

    const before = await cloud.state.listIncidents();
    await cloud.state.putIncident(incident("inc-c", 2));
    const lines = readFileSync(file(cloud, "incidents.index.jsonl"), "utf8").trim().split("\n");

    expect(ids(before)).toEqual(["inc-b", "inc-a"]);
    expect(lines.map((l) => JSON.parse(l).id).sort()).toEqual(["inc-a", "inc-b", "inc-c"]);
    expect(ids(await cloud.state.listIncidents(2))).toEqual(["inc-c", "inc-b"]);
  });

  it("orders incidents created in the same millisecond by id, descending, and keeps odd ids safe", async () => {
    const cloud = await cloudWith(incident("inc a/1", 3), incident("inc-b", 3), incident("inc-0", 3));

    expect(ids(await cloud.state.listIncidents())).toEqual(["inc-b", "inc-0", "inc a/1"]);
    expect(ids(await cloud.state.listIncidents(1))).toEqual(["inc-b"]);
  });
});
