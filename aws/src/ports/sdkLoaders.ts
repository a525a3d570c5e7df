import { once } from "./awsSdk.js";

/**
 * One lazy loader per AWS SDK client package. Nothing imports an SDK statically, so the entry
 * chunk stays small and a client is loaded the first time an action needs it (esbuild turns each
 * into its own chunk; the Lambda runtime's SDK serves it when the bundle leaves the SDK out).
 */
export const loadSageMaker = once(() => import("@aws-sdk/client-sagemaker"));
export const loadKms = once(() => import("@aws-sdk/client-kms"));
export const loadSecretsManager = once(() => import("@aws-sdk/client-secrets-manager"));
export const loadWafv2 = once(() => import("@aws-sdk/client-wafv2"));
export const loadDynamoDb = once(() => import("@aws-sdk/client-dynamodb"));
export const loadS3 = once(() => import("@aws-sdk/client-s3"));
export const loadSns = once(() => import("@aws-sdk/client-sns"));
export const loadSsm = once(() => import("@aws-sdk/client-ssm"));

/** By client, for the cold-start benchmark. */
export const SDK_LOADERS = {
  sagemaker: loadSageMaker,
  kms: loadKms,
  "secrets-manager": loadSecretsManager,
  wafv2: loadWafv2,
  dynamodb: loadDynamoDb,
  s3: loadS3,
  sns: loadSns,
  ssm: loadSsm,
} as const;
