import { MemorySnapshotStore, SageMakerEndpoints } from "@airr/aws";
import {
  AddTagsCommand,
  CreateEndpointCommand,
  DeleteEndpointCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  type EndpointStatus,
  ListEndpointConfigsCommand,
  ListTagsCommand,
  SageMakerClient,
  UpdateEndpointCommand,
} from "@aws-sdk/client-sagemaker";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const sm = mockClient(SageMakerClient);
const ARN = "arn:aws:sagemaker:eu-west-1:123456789012:endpoint/fraud-detector";
const FAST = { maxWaitTime: 2, minDelay: 0.01, maxDelay: 0.02 };
const notFound = Object.assign(new Error('Could not find endpoint "fraud-detector".'), { name: "ValidationException" });

const endpoint = (config: string, status: EndpointStatus = "InService") => ({
  EndpointName: "fraud-detector",
  EndpointArn: ARN,
  EndpointConfigName: config,
  EndpointStatus: status,
});

let snapshots: MemorySnapshotStore;
let port: SageMakerEndpoints;
beforeEach(() => {
  sm.reset();
  snapshots = new MemorySnapshotStore();
  port = new SageMakerEndpoints({ region: "eu-west-1", snapshots, wait: FAST });
});
afterEach(() => sm.reset());

describe("SageMakerEndpoints.get", () => {
  it("reads history from airr's tag and maps the status", async () => {
    sm.on(DescribeEndpointCommand).resolves(endpoint("fraud-v3"));
    sm.on(ListTagsCommand).resolves({ Tags: [{ Key: "airr:config-history", Value: "fraud-v1,fraud-v2,fraud-v3" }] });
    const state = await port.get(ARN);
    expect(state).toEqual({
      id: ARN,
      status: "in-service",
      currentVersion: "fraud-v3",
      history: ["fraud-v1", "fraud-v2", "fraud-v3"].map((version) => ({ version, deployedAt: null })),
    });
    expect(sm.commandCalls(DescribeEndpointCommand)[0]?.args[0].input).toEqual({ EndpointName: "fraud-detector" });
  });

  it("falls back to the endpoint config list, oldest first", async () => {
    sm.on(DescribeEndpointCommand).resolves(endpoint("fraud-detector-v2", "Updating"));
    sm.on(ListTagsCommand).resolves({ Tags: [] });
    sm.on(ListEndpointConfigsCommand).resolves({
      EndpointConfigs: [
        { EndpointConfigName: "fraud-detector-v1", EndpointConfigArn: "a", CreationTime: new Date(1) },
        { EndpointConfigName: "fraud-detector-v2", EndpointConfigArn: "b", CreationTime: new Date(2) },
      ],
    });
    const state = await port.get("fraud-detector");
    expect(state?.status).toBe("updating");
    expect(state?.history.map((h) => h.version)).toEqual(["fraud-detector-v1", "fraud-detector-v2"]);
    expect(sm.commandCalls(ListEndpointConfigsCommand)[0]?.args[0].input).toEqual({
      NameContains: "fraud-detector",
      SortBy: "CreationTime",
      SortOrder: "Ascending",
      MaxResults: 100,
    });
  });

  it("returns null for a missing endpoint", async () => {
    sm.on(DescribeEndpointCommand).rejects(notFound);
    expect(await port.get("fraud-detector")).toBeNull();
  });
});

describe("SageMakerEndpoints.deployVersion (rollback)", () => {
  it("records history, updates with RetainAllVariantProperties, waits and verifies", async () => {
    // Prepare: InService on v3; the waiter sees Updating once, then InService on v2.
    sm.on(DescribeEndpointCommand)
      .resolvesOnce(endpoint("fraud-v3"))
      .resolvesOnce(endpoint("fraud-v2", "Updating"))
      .resolves(endpoint("fraud-v2"));
    sm.on(DescribeEndpointConfigCommand).resolves({ EndpointConfigName: "fraud-v2" });
    sm.on(ListTagsCommand).resolves({ Tags: [{ Key: "airr:config-history", Value: "fraud-v1,fraud-v2,fraud-v3" }] });
    sm.on(AddTagsCommand).resolves({});
    sm.on(UpdateEndpointCommand).resolves({ EndpointArn: ARN });
    // Act
    await port.deployVersion(ARN, "fraud-v2");
    // Assess
    expect(sm.commandCalls(UpdateEndpointCommand)[0]?.args[0].input).toEqual({
      EndpointName: "fraud-detector",
      EndpointConfigName: "fraud-v2",
      RetainAllVariantProperties: true,
    });
    // History already lists both configs in deploy order: nothing to re-tag.
    expect(sm.commandCalls(AddTagsCommand)).toHaveLength(0);
    expect(sm.commandCalls(DescribeEndpointCommand).length).toBeGreaterThanOrEqual(3);
  });

  it("refuses while an update is in progress, changing nothing", async () => {
    sm.on(DescribeEndpointCommand).resolves(endpoint("fraud-v3", "Updating"));
    await expect(port.deployVersion(ARN, "fraud-v2")).rejects.toMatchObject({ code: "ResourceBusy" });
    expect(sm.commandCalls(UpdateEndpointCommand)).toHaveLength(0);
  });

  it("detects SageMaker's silent fallback to the old config", async () => {
    sm.on(DescribeEndpointCommand).resolves(endpoint("fraud-v3"));
    sm.on(DescribeEndpointConfigCommand).resolves({ EndpointConfigName: "fraud-v2" });
    sm.on(ListTagsCommand).resolves({ Tags: [] });
    sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [] });
    sm.on(AddTagsCommand).resolves({});
    sm.on(UpdateEndpointCommand).resolves({ EndpointArn: ARN });
    await expect(port.deployVersion(ARN, "fraud-v2")).rejects.toMatchObject({
      code: "VerificationFailed",
      message: expect.stringContaining('serves "fraud-v3"'),
    });
  });

  it("reports a failed update with SageMaker's FailureReason", async () => {
    sm.on(DescribeEndpointCommand)
      .resolvesOnce(endpoint("fraud-v3"))
      .resolves({ ...endpoint("fraud-v3", "Failed"), FailureReason: "model container crashed" });
    sm.on(DescribeEndpointConfigCommand).resolves({ EndpointConfigName: "fraud-v2" });
    sm.on(ListTagsCommand).resolves({ Tags: [] });
    sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [] });
    sm.on(AddTagsCommand).resolves({});
    sm.on(UpdateEndpointCommand).resolves({ EndpointArn: ARN });
    await expect(port.deployVersion(ARN, "fraud-v2")).rejects.toMatchObject({
      code: "VerificationFailed",
      message: expect.stringContaining("model container crashed"),
    });
  });

  it("rejects an unknown config before touching the endpoint", async () => {
    sm.on(DescribeEndpointCommand).resolves(endpoint("fraud-v3"));
    sm.on(DescribeEndpointConfigCommand).rejects(
      Object.assign(new Error("Could not find endpoint configuration"), { name: "ValidationException" }),
    );
    await expect(port.deployVersion(ARN, "nope")).rejects.toMatchObject({ code: "ResourceNotFound" });
    expect(sm.commandCalls(UpdateEndpointCommand)).toHaveLength(0);
  });
});

describe("SageMakerEndpoints.disable / enable", () => {
  it("snapshots, deletes keeping the config, and re-creates it on enable", async () => {
    // Prepare
    sm.on(DescribeEndpointCommand).resolvesOnce(endpoint("fraud-v3")).rejects(notFound);
    sm.on(ListTagsCommand).resolves({
      Tags: [
        { Key: "team", Value: "risk" },
        { Key: "aws:cloudformation:stack-name", Value: "x" },
      ],
    });
    sm.on(DeleteEndpointCommand).resolves({});
    sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [] });
    // Act: disable
    await port.disable(ARN);
    // Assess
    expect(sm.commandCalls(DeleteEndpointCommand)[0]?.args[0].input).toEqual({ EndpointName: "fraud-detector" });
    expect((await port.get(ARN))?.status).toBe("disabled");

    // Act: enable
    sm.reset();
    sm.on(DescribeEndpointCommand).rejectsOnce(notFound).resolves(endpoint("fraud-v3"));
    sm.on(CreateEndpointCommand).resolves({ EndpointArn: ARN });
    await port.enable(ARN);
    expect(sm.commandCalls(CreateEndpointCommand)[0]?.args[0].input).toEqual({
      EndpointName: "fraud-detector",
      EndpointConfigName: "fraud-v3",
      Tags: [{ Key: "team", Value: "risk" }],
    });
    expect(await snapshots.getSnapshot("sagemaker-endpoint:fraud-detector")).toBeNull();
  });

  it("refuses to disable an endpoint that is updating", async () => {
    sm.on(DescribeEndpointCommand).resolves(endpoint("fraud-v3", "Updating"));
    await expect(port.disable(ARN)).rejects.toMatchObject({ code: "ResourceBusy" });
    expect(sm.commandCalls(DeleteEndpointCommand)).toHaveLength(0);
  });
});
