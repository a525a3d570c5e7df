import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { AirrRemediation } from "./AirrRemediation.js";
import type { AirrConfig } from "./airrConfig.js";
import { acknowledgeNagFindings } from "./nagAcknowledgements.js";

/** infra/aws: policy paths in the config are relative to it. */
export const INFRA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The deployable stack: one `AirrRemediation`, with its cdk-nag acknowledgements (each with its reason). */
export class AirrStack extends Stack {
  readonly remediation: AirrRemediation;

  constructor(scope: Construct, id: string, props: StackProps & { config: AirrConfig }) {
    super(scope, id, props);
    const policyPath = path.resolve(INFRA_DIR, props.config.policyFile);
    this.remediation = new AirrRemediation(this, "Airr", { config: props.config, policyPath });
    acknowledgeNagFindings(this.remediation, props.config);
    const r = this.remediation;
    // What wiring existing alarms and running `airr --cloud aws` need (docs/aws.md).
    new CfnOutput(this, "AlarmTopicArn", {
      value: r.alarmTopic.topicArn,
      description: "add as an alarm action (ALARM and OK)",
    });
    new CfnOutput(this, "FunctionArn", {
      value: r.function.functionArn,
      description: "or invoke directly as a Lambda alarm action",
    });
    new CfnOutput(this, "StateTableName", { value: r.table.tableName, description: "AIRR_TABLE_NAME for the CLI" });
    new CfnOutput(this, "NotificationTopicArn", {
      value: r.notificationTopic.topicArn,
      description: "subscribe humans here",
    });
    new CfnOutput(this, "DeadLetterQueueUrl", {
      value: r.deadLetterQueue.queueUrl,
      description: "alerts that failed after retries",
    });
    new CfnOutput(this, "WafPatternSets", {
      value: r.patternSets.length ? r.patternSets.map((s) => `${s.name}:${s.attrId}`).join(",") : "none",
      description: "AIRR_WAF_PATTERN_SETS; reference these ARNs from your web ACL",
    });
  }
}
