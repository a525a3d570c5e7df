import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  checkRunbookReferences,
  parseRunbook,
  ReferenceCatalogueSchema,
  RUNBOOK_PHASES,
  RunbookError,
  renderRunbookMarkdown,
} from "@airr/core";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL("../../runbooks/", import.meta.url));
const catalogue = ReferenceCatalogueSchema.parse(JSON.parse(readFileSync(`${dir}reference/catalogue.json`, "utf8")));
const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
const runbooks = files.map((f) => ({ file: f, runbook: parseRunbook(readFileSync(dir + f, "utf8"), f) }));

describe("runbooks", () => {
  it("has one runbook per incident type", () => {
    expect(runbooks.map((r) => r.runbook.name).sort()).toEqual([
      "compromised-weights",
      "cost-harvesting",
      "data-leakage",
      "drift-harmful-output",
      "prompt-injection-takeover",
      "secret-exposure",
    ]);
    for (const { file, runbook } of runbooks) expect(`${runbook.name}.yaml`).toBe(file);
  });

  it.each(runbooks)("$file: the Markdown beside it is exactly its rendering", ({ file, runbook }) => {
    const markdown = readFileSync(dir + file.replace(/\.yaml$/, ".md"), "utf8");
    // A mismatch means someone edited one without the other: edit the YAML, run `npm run runbooks`.
    expect(markdown).toBe(renderRunbookMarkdown(runbook, catalogue));
  });

  it.each(runbooks)("$file: cites only IDs the carried catalogue has", ({ runbook }) => {
    expect(checkRunbookReferences(runbook, catalogue)).toEqual([]);
  });

  it.each(runbooks)("$file: every remediation step has an owner, checks and a dry-run-first command", ({ runbook }) => {
    const steps = RUNBOOK_PHASES.flatMap((p) => runbook.phases[p]);
    for (const step of steps.filter((s) => s.automation?.action !== undefined)) {
      // `airr runbook run` is a dry-run unless --apply is given, so the printed command is the dry-run.
      expect(step.automation?.command).toMatch(
        new RegExp(`^airr runbook run ${runbook.name} --target .* --step ${step.id}$`),
      );
      expect(step.automation?.command).not.toMatch(/--apply/);
    }
    expect(steps.some((s) => s.automation?.action !== undefined)).toBe(true);
  });

  it.each(runbooks)("$file: every input reference is a declared input", ({ runbook }) => {
    const declared = new Set(["target", ...runbook.inputs.map((i) => i.name)]);
    const text = JSON.stringify(runbook.phases);
    const used = [...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]);
    expect(used.filter((u) => u !== undefined && !declared.has(u))).toEqual([]);
  });
});

describe("the carried catalogue", () => {
  it("has the framework sizes of its sources", () => {
    const kinds = (k: string) => catalogue.atlas.filter((e) => e.kind === k).length;
    expect([kinds("tactic"), kinds("technique"), kinds("subtechnique"), kinds("mitigation")]).toEqual([
      16, 101, 69, 35,
    ]);
    expect(catalogue.atlasCaseStudies).toHaveLength(57);
    expect(catalogue.owasp.map((o) => o.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `LLM${String(i + 1).padStart(2, "0")}:2025`),
    );
    expect(catalogue.ai600Risks).toHaveLength(12);
  });
});

describe("checkRunbookReferences", () => {
  it("flags IDs that do not exist and IDs of the wrong kind", () => {
    const base = runbooks[0]!.runbook;
    const bad = {
      ...base,
      mappings: {
        ...base.mappings,
        atlas: { ...base.mappings.atlas, techniques: ["AML.T0051", "AML.TA0005", "AML.T0083.003"] },
        csf: ["RS.CO-04"],
        owasp: ["LLM11:2025"],
      },
    };
    expect(checkRunbookReferences(bad, catalogue).map((u) => u.id)).toEqual([
      "AML.TA0005",
      "AML.T0083.003",
      "RS.CO-04",
      "LLM11:2025",
    ]);
  });
});

describe("parseRunbook", () => {
  it("reports the file, line and field of a schema error", () => {
    const text = readFileSync(`${dir}secret-exposure.yaml`, "utf8").replace(
      "owner: security-engineer",
      "owner: intern",
    );
    const parse = () => parseRunbook(text, "secret-exposure.yaml");
    expect(parse).toThrowError(RunbookError);
    expect(parse).toThrowError(
      expect.objectContaining({ code: "InvalidRunbook", where: expect.stringMatching(/^secret-exposure\.yaml:\d+$/) }),
    );
    expect(parse).toThrowError(/phases\.detection\.0\.owner/);
  });

  it("reports YAML syntax errors with a line", () => {
    expect(() => parseRunbook("schema: [unclosed\n", "x.yaml")).toThrowError(
      expect.objectContaining({ code: "InvalidRunbook", where: "x.yaml:2" }),
    );
  });

  it("rejects a step id used twice", () => {
    const text = readFileSync(`${dir}cost-harvesting.yaml`, "utf8").replace("id: rate-limits", "id: revoke-key");
    expect(() => parseRunbook(text, "c.yaml")).toThrowError(/"revoke-key" is used twice/);
  });
});
