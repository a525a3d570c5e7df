import { AWS_PORTS, awsProvider } from "@airr/aws";
import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { configuredPorts, declaredActions } from "../../infra/aws/lib/index.js";
import { FULL_CONFIG, synth } from "./stack.js";

type Statement = { Action: string | string[]; Resource: unknown; Sid?: string };

/** Every statement of the function role's policies (inline default policy and extra policies). */
function roleStatements(template: ReturnType<typeof synth>["template"]): Statement[] {
  const policies = template.findResources("AWS::IAM::Policy");
  return Object.values(policies).flatMap(
    (p) => (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement,
  );
}
const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
/** Grants that are not port actions: its own logs, the SNS topics' key, and the on-failure destination queue. */
const infrastructure = (a: string) =>
  a.startsWith("logs:") ||
  a.startsWith("sqs:") ||
  a === "kms:Decrypt" ||
  a === "kms:GenerateDataKey*" ||
  a === "ssm:GetParameter";

describe("IAM grants == the configured ports' declared actions", () => {
  it.each([
    ["every port", FULL_CONFIG],
    ["defaults (endpoint, WAF, notifier, state)", { endpoints: ["fraud-detector"] }],
    ["no endpoints, no WAF", { wafPatternSets: 0 }],
  ])("%s", (_name, input) => {
    // Prepare
    const { template, config } = synth(input);
    // Act
    const granted = [
      ...new Set(
        roleStatements(template)
          .flatMap(actionsOf)
          .filter((a) => !infrastructure(a)),
      ),
    ].sort();
    // Assess
    expect(granted).toEqual(declaredActions(config));
    for (const port of configuredPorts(config)) {
      for (const action of AWS_PORTS[port].iamActions) expect(granted).toContain(action);
    }
  });

  it("uses * only for the actions the ports declare unscoped", () => {
    const { template } = synth(FULL_CONFIG);
    const wide = roleStatements(template)
      .filter((s) => s.Resource === "*")
      .flatMap(actionsOf);
    const unscoped = Object.values(AWS_PORTS).flatMap((p) => [...p.unscopedActions]);
    for (const action of wide) expect(unscoped).toContain(action);
  });

  it("scopes SageMaker actions to the named endpoints (lower-case ARNs) and configs", () => {
    const { template } = synth(FULL_CONFIG);
    const sagemaker = roleStatements(template).find((s) => s.Sid === "Airrsagemaker");
    expect(JSON.stringify(sagemaker?.Resource)).toContain(":endpoint/fraud-detector");
    expect(JSON.stringify(sagemaker?.Resource)).toContain(":endpoint-config/*");
  });

  it("the function builds exactly the ports the stack grants", () => {
    for (const input of [FULL_CONFIG, { endpoints: ["fraud-detector"] }, { wafPatternSets: 0 }]) {
      const { config } = synth(input);
      const provider = awsProvider({
        tableName: "t",
        endpoints: config.endpoints,
        secrets: config.secretArns,
        buckets: config.bucketNames,
        kmsKeys: config.kmsKeyArns,
        wafPatternSets: Array.from({ length: config.wafPatternSets }, (_, i) => ({ name: `s${i}`, id: `i${i}` })),
        notificationTopicArn: "arn:aws:sns:eu-west-1:123456789012:n",
      });
      const built = Object.keys(provider)
        .filter((k) => k !== "cloud")
        .sort();
      expect(built).toEqual([...configuredPorts(config)].sort());
    }
  });

  it("grants ssm:GetParameter on the policy parameter only when policies come from SSM", () => {
    const without = roleStatements(synth(FULL_CONFIG).template).flatMap(actionsOf);
    expect(without).not.toContain("ssm:GetParameter");
    const { template } = synth({ ...FULL_CONFIG, policySsmParameter: "/airr/policies" });
    const statement = roleStatements(template).find((s) => s.Sid === "AirrPolicyParameter");
    expect(statement?.Action).toBe("ssm:GetParameter");
    expect(JSON.stringify(statement?.Resource)).toContain(":parameter/airr/policies");
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: { Variables: Match.objectLike({ AIRR_POLICY_SSM_PARAMETER: "/airr/policies" }) },
    });
  });
});
