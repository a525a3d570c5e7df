import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Stack, type StackProps } from "aws-cdk-lib";
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
  }
}
