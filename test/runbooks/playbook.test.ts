import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { actions as actionCatalogue, RUNBOOK_ROLES } from "@airr/core";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL("../../runbooks/", import.meta.url));
const playbook = readFileSync(`${dir}PLAYBOOK.md`, "utf8");

function section(title: string): string {
  const start = playbook.indexOf(`\n### ${title}\n`);
  expect(start, `section "${title}"`).toBeGreaterThan(0);
  const end = playbook.indexOf("\n### ", start + 5);
  return playbook.slice(start, end < 0 ? undefined : end);
}

describe("PLAYBOOK.md", () => {
  it("has the sections the issue asks for", () => {
    for (const heading of [
      "Roles and responsibilities (RACI)",
      "Severity levels and escalation",
      "AI-specific detection logic",
      "Remediation workflows per cloud",
      "Communication templates",
      "Evidence preservation",
      "Post-incident review and governance updates",
    ]) {
      expect(playbook).toMatch(new RegExp(`^## \\d+\\. ${heading.replace(/[()]/g, "\\$&")}$`, "m"));
    }
    for (const template of ["Internal", "Customer", "Regulator"]) expect(playbook).toContain(`\n### ${template}`);
  });

  it("defines every runbook owner role in the RACI", () => {
    const header = playbook.split("\n").find((l) => l.startsWith("| Activity |")) ?? "";
    const columns = header.split("|").map((c) => c.trim());
    expect(columns.filter((c) => c !== "" && c !== "Activity").sort()).toEqual([...RUNBOOK_ROLES].sort());
    for (const role of RUNBOOK_ROLES) expect(playbook).toContain(`- **${role}**:`);
  });

  it("links every runbook, and every link resolves", () => {
    const runbooks = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
    for (const file of runbooks) expect(playbook).toContain(`](${file.replace(/\.yaml$/, ".md")})`);
    const links = [...playbook.matchAll(/\]\(([^)#]+)\)/g)].map((m) => m[1] ?? "");
    for (const link of links.filter((l) => !l.startsWith("http"))) expect(existsSync(dir + link), link).toBe(true);
  });

  it("gives each remediation action an AWS, Azure, GCP and local row with all four columns", () => {
    const actions = [...playbook.matchAll(/^### ([a-z-]+)$/gm)].map((m) => m[1] ?? "");
    // The matrix covers exactly the engine's action catalogue.
    expect([...actions].sort()).toEqual(actionCatalogue.keys().sort());
    for (const action of actions) {
      const text = section(action);
      expect(text).toContain("| | API | Reversible | Time to effect | Permissions |");
      for (const cloud of ["AWS", "Azure", "GCP", "local"]) {
        const row = text.split("\n").find((l) => l.startsWith(`| ${cloud} |`));
        expect(row, `${action} ${cloud}`).toBeDefined();
        const cells = (row ?? "").split(" | ").map((c) => c.trim());
        expect(cells.every((c) => c.length > 0)).toBe(true);
        expect(cells).toHaveLength(5);
      }
    }
  });
});
