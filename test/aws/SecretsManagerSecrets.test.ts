import { SecretsManagerSecrets } from "@airr/aws";
import {
  DescribeSecretCommand,
  GetRandomPasswordCommand,
  GetSecretValueCommand,
  ListSecretVersionIdsCommand,
  PutSecretValueCommand,
  RotateSecretCommand,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from "@aws-sdk/client-secrets-manager";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";

const sm = mockClient(SecretsManagerClient);
const ID = "prod/llm/api-key";
const versions = (...ids: string[]) => ({
  Versions: ids.map((VersionId, i) => ({ VersionId, CreatedDate: new Date(1_000 * (i + 1)) })),
});

let port: SecretsManagerSecrets;
beforeEach(() => {
  sm.reset();
  port = new SecretsManagerSecrets({ region: "eu-west-1", rotationPolls: { attempts: 3, delayMs: 1 } });
});

describe("SecretsManagerSecrets", () => {
  it("reads AWSCURRENT and AWSPREVIOUS without touching the value", async () => {
    sm.on(DescribeSecretCommand).resolves({ VersionIdsToStages: { v1: ["AWSPREVIOUS"], v2: ["AWSCURRENT"] } });
    sm.on(ListSecretVersionIdsCommand).resolves(versions("v2", "v1"));
    expect(await port.get(ID)).toEqual({ id: ID, currentVersion: "v2", previousVersion: "v1", versions: ["v2", "v1"] });
    expect(sm.commandCalls(GetSecretValueCommand)).toHaveLength(0);
  });

  it("rotates without a rotation Lambda: AWSPENDING, promote, clear; keeps JSON shape", async () => {
    // Prepare: a leftover AWSPENDING from a dead rotation on v0.
    sm.on(DescribeSecretCommand)
      .resolvesOnce({ VersionIdsToStages: { v0: ["AWSPENDING"], v1: ["AWSCURRENT"] } })
      .resolves({ VersionIdsToStages: { v1: ["AWSPREVIOUS"], new: ["AWSCURRENT"] } });
    sm.on(ListSecretVersionIdsCommand).resolves(versions("v1", "new"));
    sm.on(GetRandomPasswordCommand).resolves({ RandomPassword: "N3wRandomValue" });
    sm.on(GetSecretValueCommand).resolves({ SecretString: '{"username":"svc","password":"old"}' });
    sm.on(PutSecretValueCommand).resolves({});
    sm.on(UpdateSecretVersionStageCommand).resolves({});
    // Act
    const state = await port.rotate(ID);
    // Assess
    const put = sm.commandCalls(PutSecretValueCommand)[0]?.args[0].input;
    expect(put?.VersionStages).toEqual(["AWSPENDING"]);
    expect(JSON.parse(put?.SecretString ?? "")).toEqual({ username: "svc", password: "N3wRandomValue" });
    const token = put?.ClientRequestToken;
    expect(sm.commandCalls(UpdateSecretVersionStageCommand).map((c) => c.args[0].input)).toEqual([
      { SecretId: ID, VersionStage: "AWSPENDING", RemoveFromVersionId: "v0" },
      { SecretId: ID, VersionStage: "AWSCURRENT", MoveToVersionId: token, RemoveFromVersionId: "v1" },
      { SecretId: ID, VersionStage: "AWSPENDING", RemoveFromVersionId: token },
    ]);
    expect(state).toMatchObject({ currentVersion: "new", previousVersion: "v1" });
    expect(sm.commandCalls(RotateSecretCommand)).toHaveLength(0);
  });

  it("uses RotateSecret when a rotation Lambda is configured and waits for promotion", async () => {
    const lambda = "arn:aws:lambda:eu-west-1:123456789012:function:rotate";
    sm.on(DescribeSecretCommand)
      .resolvesOnce({ RotationEnabled: true, RotationLambdaARN: lambda, VersionIdsToStages: { v1: ["AWSCURRENT"] } })
      .resolvesOnce({ VersionIdsToStages: { v1: ["AWSCURRENT"], v2: ["AWSPENDING"] } })
      .resolves({ VersionIdsToStages: { v1: ["AWSPREVIOUS"], v2: ["AWSCURRENT"] } });
    sm.on(RotateSecretCommand).resolves({ VersionId: "v2" });
    sm.on(ListSecretVersionIdsCommand).resolves(versions("v1", "v2"));
    const state = await port.rotate(ID);
    expect(sm.commandCalls(RotateSecretCommand)[0]?.args[0].input).toEqual({ SecretId: ID, RotateImmediately: true });
    expect(sm.commandCalls(PutSecretValueCommand)).toHaveLength(0);
    expect(state.currentVersion).toBe("v2");
  });

  it("fails verification when the rotation Lambda never promotes", async () => {
    sm.on(DescribeSecretCommand).resolves({
      RotationEnabled: true,
      RotationLambdaARN: "arn:aws:lambda:eu-west-1:123456789012:function:rotate",
      VersionIdsToStages: { v1: ["AWSCURRENT"] },
    });
    sm.on(RotateSecretCommand).resolves({ VersionId: "v2" });
    await expect(port.rotate(ID)).rejects.toMatchObject({ code: "VerificationFailed" });
  });

  it("restores a version by moving AWSCURRENT back (undo)", async () => {
    sm.on(DescribeSecretCommand).resolves({ VersionIdsToStages: { v1: ["AWSPREVIOUS"], v2: ["AWSCURRENT"] } });
    sm.on(UpdateSecretVersionStageCommand).resolves({});
    await port.restoreVersion(ID, "v1");
    expect(sm.commandCalls(UpdateSecretVersionStageCommand)[0]?.args[0].input).toEqual({
      SecretId: ID,
      VersionStage: "AWSCURRENT",
      MoveToVersionId: "v1",
      RemoveFromVersionId: "v2",
    });
  });

  it("returns null for a missing secret and refuses to rotate it", async () => {
    sm.on(DescribeSecretCommand).rejects(Object.assign(new Error("not found"), { name: "ResourceNotFoundException" }));
    expect(await port.get(ID)).toBeNull();
    await expect(port.rotate(ID)).rejects.toMatchObject({ code: "ResourceNotFound" });
  });
});
