import { mkdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { DynamoDbStateStore } from "@airr/aws";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useDynalite } from "./awsWorld.js";
import { freshStateStore, startDynalite } from "./dynalite.js";
import { fakeSageMaker, fakeSns } from "./fakeAws.js";
import { awsFixture } from "./fixtures.js";

vi.hoisted(() => {
  process.env["POWERTOOLS_LOG_LEVEL"] = "SILENT";
  process.env["POWERTOOLS_METRICS_DISABLED"] = "true";
});

const root = fileURLToPath(new URL("../..", import.meta.url));
// Inside the repository, so the bundle resolves @aws-sdk/* from node_modules as the Lambda runtime would provide it.
const outdir = path.join(root, `test-artifacts/aws-bundle-${process.pid}`);
let dynamo: Awaited<ReturnType<typeof startDynalite>>;
let state: DynamoDbStateStore;
let handler: (
  event: unknown,
) => Promise<{ status: string; incidents?: { id: string; status: string }[]; code?: string }>;
const fakes: { restore(): void }[] = [];
let delivered: { subject: string }[] = [];

beforeAll(async () => {
  // Prepare: the handler bundled as infra/aws bundles it (ESM, SDK left to the runtime).
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { index: path.join(root, "aws/src/handler.ts") },
    outdir,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outExtension: { ".js": ".mjs" },
    external: ["@aws-sdk/*"],
    mainFields: ["module", "main"],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: "error",
  });
  dynamo = await startDynalite();
  useDynalite(dynamo.endpoint);
  state = await freshStateStore(dynamo.endpoint);
  Object.assign(process.env, {
    AIRR_TABLE_NAME: state.options.tableName,
    AIRR_ENDPOINTS: "fraud-detector",
    AIRR_SECRETS: "",
    AIRR_BUCKETS: "",
    AIRR_KMS_KEYS: "",
    AIRR_WAF_PATTERN_SETS: "",
    AIRR_NOTIFICATION_TOPIC_ARN: "arn:aws:sns:eu-west-1:123456789012:airr-incidents",
    AIRR_POLICY_FILE: path.join(root, "infra/aws/policies/default.yaml"),
    AIRR_MODE: "apply",
    AIRR_MAX_WAIT_SECONDS: "2",
  });
  const sm = fakeSageMaker();
  const sns = fakeSns();
  delivered = sns.delivered;
  fakes.push(sm, sns);
  ({ handler } = await import(pathToFileURL(path.join(outdir, "index.mjs")).href));
}, 120_000);

afterAll(async () => {
  for (const f of fakes) f.restore();
  await dynamo?.close();
  rmSync(outdir, { recursive: true, force: true });
});

describe("the bundled Lambda handler, end to end", () => {
  it("answers an SNS alarm: rollback executed and verified, on-call notified, incident stored", async () => {
    // Act
    const result = await handler(awsFixture("sns-cloudwatch-alarm", "sagemaker-5xx-alarm"));
    // Assess
    expect(result).toMatchObject({ status: "handled", incidents: [{ status: "completed" }] });
    const incident = await state.getIncident(result.incidents?.[0]?.id ?? "");
    expect(incident).toMatchObject({
      mode: "apply",
      initiator: "function:aws",
      alert: { kind: "aws.sns.cloudwatch-alarm" },
    });
    expect(incident?.decisions.map((d) => [d.action.action, d.outcome, d.verification?.ok ?? null])).toEqual([
      ["rollback-model", "executed", true],
      ["notify", "executed", true],
    ]);
    expect(delivered.map((m) => m.subject)).toEqual(["airr: rolled back fraud-detector after fraud-detector-5xx"]);
    expect((await state.readAudit(incident?.id)).length).toBeGreaterThan(2);
  });

  it("acknowledges an unparseable payload instead of failing (no retry storm)", async () => {
    expect(await handler(awsFixture("lambda-alarm-action", "prototype-pollution"))).toEqual({
      status: "ignored",
      code: "ValidationError",
    });
  });
});
