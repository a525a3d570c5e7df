import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { runAirr } from "../helpers/runAirr.js";

const run = promisify(execFile);
const repo = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(repo, "cli/bin/airr.js");
const work = mkdtempSync(join(tmpdir(), "airr-cli-concurrent-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("concurrent delivery across processes", () => {
  it("six `airr respond --apply` processes with the same alert execute each action once", async () => {
    const dir = join(work, "cloud");
    expect(runAirr(["local", "init", "--dir", dir]).status).toBe(0);
    const args = [
      bin,
      "respond",
      "--alert",
      join(repo, "examples/alerts/fraud-model-drift.json"),
      "--state-dir",
      dir,
      "--apply",
      "--json",
    ];
    const results = await Promise.all(Array.from({ length: 6 }, () => run(process.execPath, args, { cwd: work })));
    const outcomes = results.flatMap((r) =>
      (JSON.parse(r.stdout) as { decisions: { outcome: string }[] }).decisions.map((d) => d.outcome),
    );
    expect(outcomes.filter((o) => o === "executed")).toHaveLength(2); // rollback + notify, once each
    expect(outcomes.filter((o) => o === "skipped:duplicate")).toHaveLength(10);
    const world = JSON.parse(runAirr(["local", "show", "--dir", dir, "--json"]).stdout);
    expect(JSON.stringify(world)).toContain('"currentVersion":"fraud-v2"');
  });
});
