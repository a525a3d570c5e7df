import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { type AirrConfig, AirrConfigSchema, AirrStack } from "../../infra/aws/lib/index.js";

export const FULL_CONFIG = {
  endpoints: ["Fraud-Detector", "support-chat"],
  secretArns: ["arn:aws:secretsmanager:eu-west-1:123456789012:secret:llm-api-key-AbCdEf"],
  bucketNames: ["training-data"],
  kmsKeyArns: ["arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"],
};

/** Synthesizes the stack; bundling is skipped unless asked for (esbuild is exercised once, separately). */
export function synth(input: Partial<AirrConfig> = {}, options: { bundle?: boolean; outdir?: string } = {}) {
  const app = new App({
    ...(options.outdir ? { outdir: options.outdir } : {}),
    context: options.bundle ? {} : { "aws:cdk:bundling-stacks": [] },
  });
  const config = AirrConfigSchema.parse(input);
  const stack = new AirrStack(app, "AirrTest", { config, env: { account: "123456789012", region: "eu-west-1" } });
  return { app, stack, config, template: Template.fromStack(stack) };
}
