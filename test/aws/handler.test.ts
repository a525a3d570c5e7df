import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type HandlerDeps, handle } from "@airr/aws";
import { loadPolicies } from "@airr/core";
import { DescribeEndpointCommand, SageMakerClient, UpdateEndpointCommand } from "@aws-sdk/client-sagemaker";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { awsWorld, useDynalite } from "./awsWorld.js";
import { startDynalite } from "./dynalite.js";
import { allAwsFixtures, awsFixture } from "./fixtures.js";

vi.hoisted(() => {
  // Powertools reads this when the handler module creates its Logger.
  process.env["POWERTOOLS_LOG_LEVEL"] = "SILENT";
  process.env["POWERTOOLS_METRICS_DISABLED"] = "true";
});

const policyFile = fileURLToPath(new URL("../../infra/aws/policies/default.yaml", import.meta.url));
const policies = loadPolicies(readFileSync(policyFile, "utf8"), policyFile);

let dynamo: Awaited<ReturnType<typeof startDynalite>>;
let world: Awaited<ReturnType<typeof awsWorld>> | undefined;
beforeAll(async () => {
  dynamo = await startDynalite();
  useDynalite(dynamo.endpoint);
});
afterEach(() => world?.restore());
afterAll(() => dynamo.close());

async function depsFor(): Promise<HandlerDeps> {
  world = await awsWorld(dynamo.endpoint);
  const provider = world.provider;
  return { provider: async () => provider, policies: async () => policies, mode: "apply" };
}

describe("Lambda handler with every fixture", () => {
  const firing = allAwsFixtures().filter((f) => f.variant === "sagemaker-5xx-alarm");
  it.each(firing.map((f) => [f.source, f.variant]))(
    "%s/%s rolls the endpoint back and notifies",
    async (source, variant) => {
      // Prepare
      const deps = await depsFor();
      // Act
      const result = await handle(awsFixture(source as string, variant as string), deps);
      // Assess
      expect(result).toMatchObject({ status: "handled", incidents: [{ status: "completed" }] });
      const provider = await deps.provider();
      expect((await provider.endpoints?.get("fraud-detector"))?.currentVersion).toBe("fraud-detector-v1");
      const [incident] = await provider.state.listIncidents();
      expect(incident?.decisions.map((d) => [d.action.action, d.outcome])).toEqual([
        ["rollback-model", "executed"],
        ["notify", "executed"],
      ]);
      expect(world?.delivered[0]?.subject).toBe("airr: rolled back fraud-detector after fraud-detector-5xx");
    },
  );

  const quiet = allAwsFixtures().filter((f) =>
    /^(ok|insufficient-data|ec2-alarm|composite|alarm|metric-math(-no-label)?)$/.test(f.variant),
  );
  it.each(quiet.map((f) => [f.source, f.variant]))("%s/%s is handled without acting", async (source, variant) => {
    const deps = await depsFor();
    const result = await handle(awsFixture(source as string, variant as string), deps);
    expect(result.status).toBe("handled");
    const provider = await deps.provider();
    expect((await provider.endpoints?.get("fraud-detector"))?.currentVersion).toBe("fraud-detector-v2");
  });

  const broken = allAwsFixtures().filter((f) => /malformed|missing|pollution|oversized/.test(f.variant));
  it.each(broken.map((f) => [f.source, f.variant]))(
    "%s/%s is logged with its code and acknowledged",
    async (source, variant) => {
      const deps = await depsFor();
      const result = await handle(awsFixture(source as string, variant as string), deps);
      expect(result).toEqual({
        status: "ignored",
        code: expect.stringMatching(/^(InvalidJson|MissingRequiredField|ValidationError|PayloadTooLarge)$/),
      });
    },
  );

  it("a duplicate delivery of the same alarm does not act twice", async () => {
    const deps = await depsFor();
    await handle(awsFixture("sns-cloudwatch-alarm", "sagemaker-5xx-alarm"), deps);
    const again = await handle(awsFixture("eventbridge-alarm-state-change", "sagemaker-5xx-alarm"), deps);
    expect(again).toMatchObject({ status: "handled" });
    const provider = await deps.provider();
    const [latest] = await provider.state.listIncidents(1);
    expect(latest?.decisions[0]?.outcome).toMatch(/^skipped:/);
  });

  it("throws when an action fails, so Lambda retries and then uses the DLQ", async () => {
    const deps = await depsFor();
    // The endpoint refuses the update: SageMaker answers with a throttling error.
    const sm = mockClient(SageMakerClient);
    sm.on(DescribeEndpointCommand).callsFake(() => {
      throw Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" });
    });
    sm.on(UpdateEndpointCommand).rejects(Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" }));
    try {
      await expect(handle(awsFixture("sns-cloudwatch-alarm", "sagemaker-5xx-alarm"), deps)).rejects.toThrowError(
        /actions failed/,
      );
    } finally {
      sm.restore();
    }
  });
});
