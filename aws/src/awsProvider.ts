import type { Provider } from "@airr/core";
import { AirrError } from "@airr/core";
import * as z from "zod";
import { DynamoDbStateStore } from "./ports/DynamoDbStateStore.js";
import { S3DataStore } from "./ports/S3DataStore.js";
import { SageMakerEncryption } from "./ports/SageMakerEncryption.js";
import { SageMakerEndpoints } from "./ports/SageMakerEndpoints.js";
import { SecretsManagerSecrets } from "./ports/SecretsManagerSecrets.js";
import { SnsNotifier } from "./ports/SnsNotifier.js";
import { WafPromptBlocklist } from "./ports/WafPromptBlocklist.js";

/** Which AWS resources a provider manages. Ports whose resources are not named are left out. */
export const AwsProviderConfig = z.object({
  region: z.string().optional(),
  /** The DynamoDB state table (claims, cooldowns, audit, incidents, PromptGuard blocklist, snapshots). */
  tableName: z.string().min(1),
  endpoints: z.array(z.string()).optional(),
  secrets: z.array(z.string()).optional(),
  buckets: z.array(z.string()).optional(),
  /** Enables `enforce-cmek` on the endpoints. */
  kmsKeys: z.array(z.string()).optional(),
  wafScope: z.enum(["REGIONAL", "CLOUDFRONT"]).default("REGIONAL"),
  wafPatternSets: z.array(z.object({ name: z.string(), id: z.string() })).default([]),
  notificationTopicArn: z.string().optional(),
  /** Principals that may still read quarantined objects (airr's own role). */
  exemptPrincipalArns: z.array(z.string()).default([]),
  /** SageMaker waiter ceiling in seconds (stay under the Lambda timeout). */
  maxWaitSeconds: z.number().positive().optional(),
});
export type AwsProviderConfig = z.input<typeof AwsProviderConfig>;

/** The IAM-declaring port classes, by the `Provider` field they fill. */
export const AWS_PORTS = {
  state: DynamoDbStateStore,
  endpoints: SageMakerEndpoints,
  encryption: SageMakerEncryption,
  secrets: SecretsManagerSecrets,
  blocklist: WafPromptBlocklist,
  data: S3DataStore,
  notifier: SnsNotifier,
} as const;

/**
 * The AWS provider: one object implementing the ports on the named resources. Building it loads
 * no SDK; each client is imported the first time an action needs it.
 */
export function awsProvider(input: AwsProviderConfig): Provider {
  const parsed = AwsProviderConfig.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AirrError("InvalidConfiguration", `AWS provider config: ${issue?.message ?? "invalid"}`, {
      where: issue ? issue.path.join(".") : undefined,
      hint: "set the AIRR_* variables (docs/aws.md) or deploy with infra/aws",
    });
  }
  const config = parsed.data;
  const region = config.region;
  const state = new DynamoDbStateStore({ tableName: config.tableName, ...(region ? { region } : {}) });
  const base = { ...(region ? { region } : {}), snapshots: state };
  const max = config.maxWaitSeconds;
  // Poll no slower than a quarter of the ceiling, so a short ceiling still gets several checks.
  const wait = max
    ? { wait: { maxWaitTime: max, minDelay: Math.min(15, max / 4), maxDelay: Math.min(60, max / 2) } }
    : {};
  // A list given empty turns its port off (the Lambda gets only what IAM grants); absent = all.
  const on = (names: string[] | undefined) => names === undefined || names.length > 0;
  const regionOpt = region ? { region } : {};
  return {
    cloud: "aws",
    state,
    ...(on(config.endpoints)
      ? {
          endpoints: new SageMakerEndpoints({
            ...base,
            ...wait,
            ...(config.endpoints ? { endpoints: config.endpoints } : {}),
          }),
        }
      : {}),
    ...(config.kmsKeys?.length && on(config.endpoints)
      ? { encryption: new SageMakerEncryption({ ...base, ...wait }) }
      : {}),
    ...(on(config.secrets)
      ? { secrets: new SecretsManagerSecrets({ ...regionOpt, ...(config.secrets ? { secrets: config.secrets } : {}) }) }
      : {}),
    ...(config.wafPatternSets.length
      ? {
          blocklist: new WafPromptBlocklist({
            ...regionOpt,
            scope: config.wafScope,
            patternSets: config.wafPatternSets,
            tableName: config.tableName,
          }),
        }
      : {}),
    ...(on(config.buckets)
      ? {
          data: new S3DataStore({
            ...base,
            exemptPrincipalArns: config.exemptPrincipalArns,
            ...(config.buckets ? { buckets: config.buckets } : {}),
          }),
        }
      : {}),
    ...(config.notificationTopicArn
      ? { notifier: new SnsNotifier({ ...regionOpt, topicArn: config.notificationTopicArn }) }
      : {}),
  };
}
