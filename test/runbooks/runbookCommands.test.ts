import { readdirSync, readFileSync } from "node:fs";
import { buildProgram } from "@airr/cli";
import { parseRunbook, RUNBOOK_PHASES } from "@airr/core";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";

const dir = new URL("../../runbooks/", import.meta.url);
const steps = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .flatMap((f) => {
    const runbook = parseRunbook(readFileSync(new URL(f, dir), "utf8"), f);
    return RUNBOOK_PHASES.flatMap((p) => runbook.phases[p])
      .filter((s) => s.automation !== undefined)
      .map((s) => ({ where: `${runbook.name}/${s.id}`, command: s.automation?.command ?? "" }));
  });

/** Follows the command words through the real `airr` program; returns the command reached. */
function resolve(words: string[]): { command: Command; used: string[] } {
  let command = buildProgram();
  const used: string[] = [];
  for (const word of words) {
    const next = command.commands.find((c) => c.name() === word);
    if (next === undefined) break;
    command = next;
    used.push(word);
  }
  return { command, used };
}

describe("runbook automation commands", () => {
  it.each(steps)("$where: `$command` is a real airr command with real options", ({ command }) => {
    const tokens = command.split(/\s+/).slice(1);
    const words = tokens.filter((t) => /^[a-z][a-z-]*$/.test(t));
    const { command: leaf, used } = resolve(words);
    expect(used.length, `no airr command "${words[0]}"`).toBeGreaterThan(0);
    expect(leaf.commands, `"airr ${used.join(" ")}" needs a sub-command`).toEqual([]);
    const options = new Set(leaf.options.map((o) => o.long));
    for (const flag of tokens.filter((t) => t.startsWith("--"))) {
      expect([...options], `airr ${used.join(" ")} has no ${flag}`).toContain(flag.split("=")[0]);
    }
  });
});
