import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAirr } from "../helpers/runAirr.js";
import { tempClouds } from "./tempCloud.js";

const clouds = tempClouds();

describe("airr local", () => {
  it("init seeds a world and show prints it as tables, without secret values", () => {
    const dir = clouds.dir("cli-tables");

    const init = runAirr(["local", "init", "--dir", dir]);
    const show = runAirr(["local", "show", "--dir", dir]);

    expect(init.status).toBe(0);
    expect(init.stdout).toContain("Seeded a demo world.");
    expect(show.status).toBe(0);
    for (const text of [
      "fraud-detector",
      "fraud-v3",
      "chat-v2",
      "llm-api-key",
      "training-data",
      "NOT blocked",
      "local-kms/airr-cmek",
    ]) {
      expect(show.stdout).toContain(text);
    }
    const values = JSON.parse(readFileSync(join(dir, "secret-values.json"), "utf8")) as { values: { value: string }[] };
    for (const { value } of values.values) expect(`${init.stdout}${show.stdout}`).not.toContain(value);
  });

  it("prints JSON with --json and honours AIRR_STATE_DIR", () => {
    const dir = clouds.dir("cli-env");

    const init = runAirr(["local", "init", "--json"], { env: { AIRR_STATE_DIR: dir } });
    const show = runAirr(["local", "show", "--json"], { env: { AIRR_STATE_DIR: dir } });

    expect(init.status).toBe(0);
    const world = JSON.parse(show.stdout);
    expect(world.dir).toBe(dir);
    expect(world.endpoints.map((e: { id: string }) => e.id)).toEqual(["fraud-detector", "support-chat"]);
    expect(world.secrets[0]).toEqual({
      id: "llm-api-key",
      currentVersion: "v2",
      previousVersion: "v1",
      versions: ["v1", "v2"],
    });
  });

  it("refuses to overwrite a world without --force (exit 2, JSON error) and re-seeds with it", () => {
    const dir = clouds.dir("cli-force");
    runAirr(["local", "init", "--dir", dir]);

    const refused = runAirr(["local", "init", "--dir", dir, "--json"]);
    const forced = runAirr(["local", "init", "--dir", dir, "--force"]);

    expect(refused.status).toBe(2);
    expect(JSON.parse(refused.stdout).error).toMatchObject({ code: "StateExists", where: dir });
    expect(forced.status).toBe(0);
  });

  it("explains a corrupt state file and an uninitialized directory (exit 2)", () => {
    const dir = clouds.dir("cli-corrupt");
    runAirr(["local", "init", "--dir", dir]);
    writeFileSync(join(dir, "secrets.json"), "{");

    const corrupt = runAirr(["local", "show", "--dir", dir]);
    const empty = runAirr(["local", "show", "--dir", clouds.dir("cli-nothing"), "--json"]);

    expect(corrupt.status).toBe(2);
    expect(corrupt.stderr).toContain("error [StateCorrupt]");
    expect(corrupt.stderr).toContain(join(dir, "secrets.json"));
    expect(corrupt.stderr).toContain("fix:");
    expect(empty.status).toBe(2);
    expect(JSON.parse(empty.stdout).error.code).toBe("StateNotInitialized");
  });

  it("refuses a --dir that is a file (exit 2) and leaves it alone", () => {
    const file = clouds.dir("a-file");
    writeFileSync(file, "not a directory");

    const init = runAirr(["local", "init", "--dir", file, "--json"]);

    expect(init.status).toBe(2);
    expect(JSON.parse(init.stdout).error.code).toBe("NotAStateDirectory");
    expect(readFileSync(file, "utf8")).toBe("not a directory");
  });

  it("documents both sub-commands in --help", () => {
    const help = runAirr(["local", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("init");
    expect(help.stdout).toContain("show");
    expect(runAirr(["local", "init", "--help"]).stdout).toContain("--force");
  });
});
