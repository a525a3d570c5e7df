import { type CfnElement, Stack, Token, Validations } from "aws-cdk-lib";
import type { AirrRemediation } from "./AirrRemediation.js";
import type { AirrConfig } from "./airrConfig.js";

/** How cdk-nag renders a value in a finding id (`<AWS::Region>` for an unresolved region). */
const rendered = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value);

/**
 * cdk-nag AwsSolutions findings airr accepts, each with its reason. cdk-nag v3 acknowledges
 * findings one by one (`RuleId[finding]`), so every wildcard resource is named here.
 */
export function acknowledgeNagFindings(r: AirrRemediation, config: AirrConfig): void {
  const stack = Stack.of(r);
  const region = rendered(stack.region, "Region");
  const account = rendered(stack.account, "AccountId");
  const tableId = stack.getLogicalId(r.table.node.defaultChild as CfnElement);
  const wildcards: [string, string][] = [
    [
      "Resource::*",
      "List calls (ListEndpoints, ListEndpointConfigs, ListSecrets, GetRandomPassword, ListAllMyBuckets) cannot be scoped to a resource.",
    ],
    [
      `Resource::<${tableId}.Arn>/index/*`,
      "Incidents and the audit log are read through the state table's own byKind index.",
    ],
    [
      "Action::kms:GenerateDataKey*",
      "Publishing to the KMS-encrypted SNS topics needs every GenerateDataKey variant, on that one key.",
    ],
  ];
  if (config.endpoints.length) {
    wildcards.push([
      `Resource::arn:<AWS::Partition>:sagemaker:${region}:${account}:endpoint-config/*`,
      "Rollback targets and CMEK copies are endpoint configs whose names airr learns at run time.",
    ]);
  }
  for (const bucket of config.bucketNames) {
    wildcards.push([
      `Resource::arn:<AWS::Partition>:s3:::${bucket}/*`,
      `Quarantine moves objects inside the named bucket ${bucket}.`,
    ]);
  }
  for (const [finding, reason] of wildcards) {
    Validations.of(r.role).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
  }
  Validations.of(r.deadLetterQueue).acknowledge({
    id: "AwsSolutions-SQS3",
    reason: "This queue is itself the dead-letter queue (on-failure destination) of the airr function.",
  });
  Validations.of(r.function).acknowledge({
    id: "AwsSolutions-L1",
    reason: "Pinned to Node.js 22, the runtime airr supports and tests on; runtime upgrades are deliberate.",
  });
}
