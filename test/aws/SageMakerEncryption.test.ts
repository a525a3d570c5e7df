import { cmekConfigName, MemorySnapshotStore, SageMakerEncryption } from "@airr/aws";
import { DescribeKeyCommand, KMSClient } from "@aws-sdk/client-kms";
import {
  AddTagsCommand,
  CreateEndpointConfigCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  ListEndpointConfigsCommand,
  ListTagsCommand,
  SageMakerClient,
  UpdateEndpointCommand,
} from "@aws-sdk/client-sagemaker";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";

const sm = mockClient(SageMakerClient);
const kms = mockClient(KMSClient);
const ARN = "arn:aws:sagemaker:eu-west-1:123456789012:endpoint/fraud-detector";
const KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const variants = [
  {
    VariantName: "AllTraffic",
    ModelName: "fraud-model-3",
    InitialInstanceCount: 2,
    InstanceType: "ml.m5.large" as const,
  },
];
const COPY = cmekConfigName("fraud-v3", KEY);

let port: SageMakerEncryption;
beforeEach(() => {
  sm.reset();
  kms.reset();
  kms.on(DescribeKeyCommand).resolves({ KeyMetadata: { KeyId: KEY, KeyState: "Enabled" } });
  port = new SageMakerEncryption({
    region: "eu-west-1",
    snapshots: new MemorySnapshotStore(),
    wait: { maxWaitTime: 2, minDelay: 0.01, maxDelay: 0.02 },
  });
  sm.on(ListTagsCommand).resolves({ Tags: [] });
  sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [] });
  sm.on(AddTagsCommand).resolves({});
});

describe("SageMakerEncryption", () => {
  it("reads the serving config's key", async () => {
    sm.on(DescribeEndpointCommand).resolves({ EndpointConfigName: "fraud-v3", EndpointStatus: "InService" as const });
    sm.on(DescribeEndpointConfigCommand).resolves({ EndpointConfigName: "fraud-v3", ProductionVariants: variants });
    expect(await port.get(ARN)).toEqual({ resourceId: ARN, kmsKeyId: null });
  });

  it("copies the config with KmsKeyId, deploys it with RetainAllVariantProperties and verifies the key", async () => {
    // Prepare: serving fraud-v3 (no key) until the update, then the copy.
    const serving = (config: string) => ({
      EndpointName: "fraud-detector",
      EndpointArn: ARN,
      EndpointConfigName: config,
      EndpointStatus: "InService" as const,
    });
    sm.on(DescribeEndpointCommand)
      .resolvesOnce(serving("fraud-v3"))
      .resolvesOnce(serving("fraud-v3"))
      .resolves(serving(COPY));
    sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: "fraud-v3" }).resolves({
      EndpointConfigName: "fraud-v3",
      ProductionVariants: variants,
    });
    sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: COPY }).resolves({
      EndpointConfigName: COPY,
      ProductionVariants: variants,
      KmsKeyId: KEY,
    });
    sm.on(CreateEndpointConfigCommand).resolves({ EndpointConfigArn: "arn" });
    sm.on(UpdateEndpointCommand).resolves({ EndpointArn: ARN });
    // Act
    await port.enforce(ARN, KEY);
    // Assess
    expect(sm.commandCalls(CreateEndpointConfigCommand)[0]?.args[0].input).toEqual({
      EndpointConfigName: COPY,
      ProductionVariants: variants,
      KmsKeyId: KEY,
      Tags: [{ Key: "airr:copied-from", Value: "fraud-v3" }],
    });
    expect(sm.commandCalls(UpdateEndpointCommand)[0]?.args[0].input).toEqual({
      EndpointName: "fraud-detector",
      EndpointConfigName: COPY,
      RetainAllVariantProperties: true,
    });
  });

  it("does nothing when the key is already enforced", async () => {
    sm.on(DescribeEndpointCommand).resolves({ EndpointConfigName: "fraud-v3", EndpointStatus: "InService" as const });
    sm.on(DescribeEndpointConfigCommand).resolves({
      EndpointConfigName: "fraud-v3",
      ProductionVariants: variants,
      KmsKeyId: KEY,
    });
    await port.enforce(ARN, KEY);
    expect(sm.commandCalls(CreateEndpointConfigCommand)).toHaveLength(0);
  });

  it("names copies deterministically within SageMaker's 63 characters", () => {
    const name = cmekConfigName("x".repeat(80), KEY);
    expect(name).toHaveLength(63);
    expect(cmekConfigName("fraud-v3", KEY)).toBe(COPY);
    expect(cmekConfigName(COPY, null)).toMatch(/^fraud-v3-cmek-[0-9a-f]{8}$/);
  });

  it("refuses a disabled key before creating anything", async () => {
    sm.on(DescribeEndpointCommand).resolves({ EndpointConfigName: "fraud-v3", EndpointStatus: "InService" as const });
    sm.on(DescribeEndpointConfigCommand).resolves({ EndpointConfigName: "fraud-v3", ProductionVariants: variants });
    kms.on(DescribeKeyCommand).resolves({ KeyMetadata: { KeyId: KEY, KeyState: "PendingDeletion" } });
    await expect(port.enforce(ARN, KEY)).rejects.toMatchObject({ code: "KeyNotUsable" });
    expect(sm.commandCalls(CreateEndpointConfigCommand)).toHaveLength(0);
    expect(kms.commandCalls(DescribeKeyCommand)[0]?.args[0].input).toEqual({ KeyId: KEY });
  });
});
