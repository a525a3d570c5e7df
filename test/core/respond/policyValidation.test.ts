import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { actions, formatProblem, loadPolicies, PolicyError, validatePolicies } from "@airr/core";
import { describe, expect, it } from "vitest";

const examplePath = fileURLToPath(new URL("../../../examples/policies/airr-policies.yaml", import.meta.url));

const broken = `apiVersion: airr/v1
kind: Policy
name: Bad_Name
match:
  severity: urgent
  colour: red
actions:
  - action: rollback-modle
  - action: notify
    params:
      subject: "\${alert.resourceID}"
      text: hi
guardrails:
  cooldown: 30 minutes
`;

describe("policy validation", () => {
  it("parses the full example policy file", () => {
    const policies = loadPolicies(readFileSync(examplePath, "utf8"), examplePath);
    expect(policies.map((p) => p.name)).toEqual([
      "model-drift-rollback",
      "prompt-injection-block",
      "secret-leak-rotate",
      "data-exposure-lockdown",
      "poisoned-data-quarantine",
      "model-abuse-disable",
    ]);
    const used = new Set(policies.flatMap((p) => p.actions.map((a) => a.action)));
    expect([...used].sort()).toEqual(actions.keys().sort());
    expect(policies[0]?.guardrails).toMatchObject({
      cooldown: "30m",
      blastRadius: { maxTargets: 1, maxPercent: 50 },
      onError: "stop",
    });
  });

  it("parses the policy shown in docs/respond.md", () => {
    const docs = readFileSync(fileURLToPath(new URL("../../../docs/respond.md", import.meta.url)), "utf8");
    const yaml = /```yaml\n([\s\S]*?)```/.exec(docs)?.[1] ?? "";
    const [shown] = loadPolicies(yaml, "docs/respond.md");
    expect(shown?.guardrails.exempt).toHaveLength(2);
  });

  it("reports every problem with file, line, column and a hint", () => {
    const { policies, problems } = validatePolicies(broken, "bad.yaml");
    expect(policies).toEqual([]);
    expect(problems.map((p) => [p.line, p.column, p.path])).toEqual([
      [3, 7, "name"],
      [5, 13, "match.severity"],
      [6, 3, "match.colour"],
      [8, 13, "actions[0].action"],
      [11, 16, "actions[1].params.subject"],
      [14, 13, "guardrails.cooldown"],
    ]);
    expect(problems[1]).toMatchObject({
      message: 'invalid value "urgent"',
      hint: "use one of: critical, error, warning, informational, verbose",
    });
    expect(problems[2]?.hint).toContain("valid keys here: alertName, kind, cloud, severity, state, resource, labels");
    expect(problems[3]).toMatchObject({
      message: 'unknown action "rollback-modle"',
      hint: expect.stringContaining("rollback-model, rotate-secret"),
    });
    expect(problems[4]?.message).toBe('unknown template variable "alert.resourceID"');
    expect(formatProblem(problems[5] as (typeof problems)[number])).toMatch(
      /^bad\.yaml:14:13: guardrails\.cooldown: expected a duration/,
    );
  });

  it("loadPolicies throws a PolicyError carrying all problems", () => {
    expect(() => loadPolicies(broken, "bad.yaml")).toThrowError(PolicyError);
    try {
      loadPolicies(broken, "bad.yaml");
    } catch (error) {
      expect((error as PolicyError).problems).toHaveLength(6);
      expect((error as PolicyError).where).toBe("bad.yaml:3:7");
    }
  });

  it("locates YAML syntax errors, missing keys, duplicate names and parameter problems", () => {
    const yaml = `- apiVersion: airr/v1
  kind: Policy
  name: a
  match: {}
  actions:
    - action: rotate-secret
      params: { secrit: x }
- apiVersion: airr/v1
  kind: Policy
  name: a
  actions: []
`;
    const { problems } = validatePolicies(yaml, "p.yaml");
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '7:15 rotate-secret needs parameter "secret"',
      '7:17 unknown parameter "secrit" for rotate-secret',
      '8:3 missing required key "match"',
      "11:12 Too small: expected array to have >=1 items",
    ]);
    const dup = validatePolicies(
      `policies:\n  - {name: a, match: {}, actions: [{action: notify, params: {subject: s, text: t}}]}\n  - {name: a, match: {}, actions: [{action: notify, params: {subject: s, text: t}}]}\napiVersion: airr/v1\n`,
      "d.yaml",
    );
    expect(dup.problems).toEqual([expect.objectContaining({ line: 3, message: 'duplicate policy name "a"' })]);
    const syntax = validatePolicies("apiVersion: airr/v1\nkind: Policy\nname: a\n  bad: indent\n", "s.yaml");
    expect(syntax.problems[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^YAML: /) });
    expect(validatePolicies("", "empty.yaml").problems[0]?.message).toBe("the file holds no policy");
  });

  it("accepts multi-document YAML and defaults the guardrails", () => {
    const doc = (name: string) =>
      `apiVersion: airr/v1\nkind: Policy\nname: ${name}\nmatch: { cloud: aws }\nactions:\n  - action: notify\n    params: { subject: "\${alert.labels.x | upper}", text: t }\n`;
    const policies = loadPolicies(`${doc("one")}---\n${doc("two")}`, "multi.yaml");
    expect(policies.map((p) => p.name)).toEqual(["one", "two"]);
    expect(policies[0]?.guardrails).toEqual({
      blastRadius: { maxTargets: 10 },
      requireApproval: false,
      exempt: [],
      onError: "stop",
    });
  });
});
