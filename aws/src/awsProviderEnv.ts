import { AirrError } from "@airr/core";
import type { AwsProviderConfig } from "./awsProvider.js";

/** Environment variables the Lambda (and `airr --cloud aws`) read; the CDK stack sets them. */
export const AWS_ENV = {
  tableName: "AIRR_TABLE_NAME",
  endpoints: "AIRR_ENDPOINTS",
  secrets: "AIRR_SECRETS",
  buckets: "AIRR_BUCKETS",
  kmsKeys: "AIRR_KMS_KEYS",
  wafPatternSets: "AIRR_WAF_PATTERN_SETS",
  notificationTopicArn: "AIRR_NOTIFICATION_TOPIC_ARN",
  exemptPrincipalArns: "AIRR_EXEMPT_PRINCIPAL_ARNS",
  maxWaitSeconds: "AIRR_MAX_WAIT_SECONDS",
} as const;

/** Unset = undefined (all resources); set but empty = [] (the port is off). */
const list = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean);

/** Reads the provider config from `AIRR_*` variables (lists are comma-separated; pattern sets `name:id`). */
export function awsProviderConfigFromEnv(env: Record<string, string | undefined>): AwsProviderConfig {
  const tableName = env[AWS_ENV.tableName];
  if (!tableName) {
    throw new AirrError("MissingConfiguration", `${AWS_ENV.tableName} is not set`, {
      where: AWS_ENV.tableName,
      hint: "deploy with infra/aws (it sets it) or export AIRR_TABLE_NAME=<your airr state table>",
    });
  }
  const sets = list(env[AWS_ENV.wafPatternSets])?.map((s) => {
    const [name = "", id = ""] = s.split(":");
    return { name, id };
  });
  const wait = env[AWS_ENV.maxWaitSeconds];
  const config: Record<string, unknown> = {
    tableName,
    endpoints: list(env[AWS_ENV.endpoints]),
    secrets: list(env[AWS_ENV.secrets]),
    buckets: list(env[AWS_ENV.buckets]),
    kmsKeys: list(env[AWS_ENV.kmsKeys]),
    wafPatternSets: sets,
    notificationTopicArn: env[AWS_ENV.notificationTopicArn] || undefined,
    exemptPrincipalArns: list(env[AWS_ENV.exemptPrincipalArns]),
    maxWaitSeconds: wait ? Number(wait) : undefined,
    region: env["AWS_REGION"] || undefined,
  };
  for (const key of Object.keys(config)) if (config[key] === undefined) delete config[key];
  return config as AwsProviderConfig;
}
