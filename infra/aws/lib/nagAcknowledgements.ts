import { Validations } from "aws-cdk-lib";
import type { AirrRemediation } from "./AirrRemediation.js";

/**
 * cdk-nag AwsSolutions findings airr accepts, each with the reason. cdk-nag v3 acknowledges
 * findings one by one (`RuleId[finding]`), so wildcard resources are listed individually.
 */
export function acknowledgeNagFindings(r: AirrRemediation): void {
  Validations.of(r.deadLetterQueue).acknowledge({
    id: "AwsSolutions-SQS3",
    reason: "This queue is itself the dead-letter queue (on-failure destination) of the airr function.",
  });
  Validations.of(r.function).acknowledge({
    id: "AwsSolutions-L1",
    reason: "Pinned to Node.js 22, the runtime airr supports and tests on; runtime upgrades are deliberate.",
  });
}
