import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { AirrStack } from "../lib/AirrStack.js";
import { airrConfigFromContext } from "../lib/airrConfig.js";

// `cd infra/aws && npx cdk synth` (offline) or `npx cdk deploy -c endpoints=my-endpoint`.
const app = new App();
const config = airrConfigFromContext((key) => app.node.tryGetContext(key));
new AirrStack(app, app.node.tryGetContext("stackName") ?? "AirrRemediation", {
  config,
  env: { account: process.env["CDK_DEFAULT_ACCOUNT"], region: process.env["CDK_DEFAULT_REGION"] },
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
