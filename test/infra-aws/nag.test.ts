import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { AwsSolutionsChecks } from "cdk-nag";
import { describe, expect, it } from "vitest";
import { FULL_CONFIG, synth } from "./stack.js";

describe("cdk-nag AwsSolutions", () => {
  it.each([
    ["every port", FULL_CONFIG],
    ["defaults", {}],
    ["EventBridge alarm rule", { alarmRulePrefixes: ["*"] }],
  ])("%s: no unacknowledged finding", (_name, input) => {
    const { app, stack } = synth(input);
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    expect(report.violations.map((v) => v.ruleName)).toEqual([]);
  });

  it("every acknowledgement carries a written reason", () => {
    const { stack } = synth(FULL_CONFIG);
    const reasons = stack.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => String(m.type).includes("acknowledge")))
      .flatMap((m) => Object.values(m.data as Record<string, string>));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(String(reason).length).toBeGreaterThan(20);
  });
});

describe("bundling (local esbuild, no Docker)", () => {
  it("bundles the ESM handler with the policy file beside it", () => {
    const outdir = mkdtempSync(path.join(tmpdir(), "airr-cdk-"));
    try {
      synth({ endpoints: ["fraud-detector"] }, { bundle: true, outdir });
      const asset = readdirSync(outdir).find(
        (d) => d.startsWith("asset.") && readdirSync(path.join(outdir, d)).includes("index.mjs"),
      );
      expect(asset).toBeDefined();
      const dir = path.join(outdir, asset as string);
      const files = readdirSync(dir);
      expect(files).toContain("policies.yaml");
      const chunks = files.filter((f) => f.endsWith(".mjs"));
      const code = chunks.map((f) => readFileSync(path.join(dir, f), "utf8")).join("\n");
      // The SDK stays out of the bundle: each client is imported on first use from the runtime.
      expect(code).toMatch(/import\("@aws-sdk\/client-sagemaker"\)/);
      // Code splitting: the entry is small, the rest (policy parser, SDK loaders) sits in chunks.
      expect(chunks.length).toBeGreaterThan(1);
      expect(statSync(path.join(dir, "index.mjs")).size).toBeLessThan(300 * 1024);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
