import { matchesPolicy, renderTemplate, templateProblems } from "@airr/core";
import { describe, expect, it } from "vitest";
import { driftAlert, policy } from "../../helpers/engineFixtures.js";

const withMatch = (match: string) =>
  policy(`name: m
match: ${match}
actions:
  - action: notify
    params: { subject: s, text: t }`);

describe("policy matching", () => {
  it.each([
    ['{ alertName: "*-drift" }', true],
    ['{ alertName: ["latency-*", "fraud-*"] }', true],
    ['{ alertName: "*-latency" }', false],
    ["{ kind: local.* }", true],
    ["{ kind: aws.* }", false],
    ["{ cloud: [aws, local] }", true],
    ["{ severity: critical }", false],
    ["{ severity: [critical, error] }", true],
    ["{ state: resolved }", false],
    ['{ resource: "endpoint/*" }', true],
    ['{ resource: "*" }', false],
    ['{ resource: "**" }', true],
    ['{ labels: { team: "ml-*" } }', true],
    ['{ labels: { team: "ml-*", env: prod } }', false],
    ["{}", true],
  ])("%s -> %s", (match, expected) => {
    expect(matchesPolicy(driftAlert(), withMatch(match))).toBe(expected);
  });

  it("a policy with severity never matches an alert without one; a disabled policy never matches", () => {
    expect(matchesPolicy(driftAlert({ severity: null }), withMatch("{ severity: [error] }"))).toBe(false);
    const disabled = policy(`name: off
enabled: false
match: {}
actions: [{ action: notify, params: { subject: s, text: t } }]`);
    expect(matchesPolicy(driftAlert(), disabled)).toBe(false);
  });
});

// Templates are `${...}` inside plain strings, exactly as policy files write them.
describe("templates", () => {
  it("renders alert fields, labels, the policy name and filters", () => {
    const alert = driftAlert({ resourceId: "arn:aws:sagemaker:eu-west-1:123:endpoint/Fraud-Detector" });
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a policy template, not a JS template
    const text = "${alert.resourceId | basename | lower} for ${alert.labels.team} by ${policy.name}";
    expect(renderTemplate(text, alert, "p")).toBe("fraud-detector for ml-fraud by p");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a policy template, not a JS template
    const missing = "${alert.labels.missing}";
    expect(() => renderTemplate(missing, alert, "p")).toThrowError("alert.labels.missing} has no value");
  });

  it("names unknown variables and filters", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a policy template, not a JS template
    const text = "${alert.resourceID} ${alert.labels.x | trim} ${secrets.x}";
    expect(templateProblems(text)).toEqual([
      'unknown template variable "alert.resourceID"',
      'unknown template filter "trim"',
      'unknown template variable "secrets.x"',
    ]);
  });
});
