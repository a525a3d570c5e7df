import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { awsProviderConfigFromEnv, depsFromEnv } from "@airr/aws";
import { GetParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import { mockClient } from "aws-sdk-client-mock";
import { describe, expect, it } from "vitest";

const policyFile = fileURLToPath(new URL("../../infra/aws/policies/default.yaml", import.meta.url));

describe("Lambda configuration from the environment", () => {
  it("reads policies from the bundled file by default", async () => {
    const deps = depsFromEnv({ AIRR_TABLE_NAME: "t", AIRR_POLICY_FILE: policyFile });
    expect((await deps.policies()).map((p) => p.name)).toEqual([
      "endpoint-errors-rollback",
      "endpoint-latency-notify",
      "airr-detectors-notify",
    ]);
    expect(deps.mode).toBe("apply");
  });

  it("reads policies from an SSM parameter (decrypted) when one is named", async () => {
    const ssm = mockClient(SSMClient);
    try {
      ssm.on(GetParameterCommand).resolves({ Parameter: { Value: readFileSync(policyFile, "utf8") } });
      const deps = depsFromEnv({
        AIRR_TABLE_NAME: "t",
        AIRR_POLICY_SSM_PARAMETER: "/airr/policies",
        AIRR_MODE: "dry-run",
      });
      expect(await deps.policies()).toHaveLength(3);
      expect(ssm.commandCalls(GetParameterCommand)[0]?.args[0].input).toEqual({
        Name: "/airr/policies",
        WithDecryption: true,
      });
      expect(deps.mode).toBe("dry-run");
    } finally {
      ssm.restore();
    }
  });

  it("parses AIRR_* lists; set-but-empty turns a port off, unset means every resource", () => {
    const config = awsProviderConfigFromEnv({
      AIRR_TABLE_NAME: "airr-state",
      AIRR_ENDPOINTS: "fraud-detector, support-chat",
      AIRR_SECRETS: "",
      AIRR_WAF_PATTERN_SETS: "airr-prompts-1:id-1,airr-prompts-2:id-2",
      AIRR_MAX_WAIT_SECONDS: "840",
    });
    expect(config).toEqual({
      tableName: "airr-state",
      endpoints: ["fraud-detector", "support-chat"],
      secrets: [],
      wafPatternSets: [
        { name: "airr-prompts-1", id: "id-1" },
        { name: "airr-prompts-2", id: "id-2" },
      ],
      maxWaitSeconds: 840,
    });
  });

  it("names the missing table variable", () => {
    expect(() => awsProviderConfigFromEnv({})).toThrowError(
      expect.objectContaining({ code: "MissingConfiguration", where: "AIRR_TABLE_NAME" }),
    );
  });
});
