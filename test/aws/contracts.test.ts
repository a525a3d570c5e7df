import {
  DATA_SEPARATOR,
  MemorySnapshotStore,
  S3DataStore,
  SageMakerEncryption,
  SageMakerEndpoints,
  SecretsManagerSecrets,
  SnsNotifier,
  WafPromptBlocklist,
} from "@airr/aws";
import type { Provider } from "@airr/core";
import { afterAll, beforeAll } from "vitest";
import {
  dataStoreContract,
  encryptionContract,
  modelEndpointsContract,
  notifierContract,
  promptBlocklistContract,
  secretsContract,
} from "../contracts/index.js";
import { freshStateStore, startDynalite } from "./dynalite.js";
import { fakeS3, fakeSageMaker, fakeSecretsManager, fakeSns, fakeWaf, KMS_KEY } from "./fakeAws.js";

// The shared port contracts over the AWS ports: real SDK clients, stateful AWS stand-ins behind
// aws-sdk-client-mock, and DynamoDB on dynalite. Each factory call starts a fresh world.
const FAST = { maxWaitTime: 2, minDelay: 0.01, maxDelay: 0.02 };
let dynamo: Awaited<ReturnType<typeof startDynalite>>;
let restore: (() => void)[] = [];
const fresh = () => {
  for (const r of restore) r();
  restore = [];
};
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  fresh();
  await dynamo.close();
});

async function makeProvider(): Promise<Provider> {
  fresh();
  const [sm, secrets, waf, sns, s3] = [fakeSageMaker(), fakeSecretsManager(), fakeWaf(), fakeSns(), fakeS3()];
  restore = [sm.restore, secrets.restore, waf.restore, sns.restore, s3.restore];
  const state = await freshStateStore(dynamo.endpoint);
  const snapshots = new MemorySnapshotStore();
  const provider = {
    cloud: "aws" as const,
    state,
    endpoints: new SageMakerEndpoints({ region: "eu-west-1", snapshots, wait: FAST }),
    encryption: new SageMakerEncryption({ region: "eu-west-1", snapshots, wait: FAST }),
    secrets: new SecretsManagerSecrets({ region: "eu-west-1" }),
    blocklist: new WafPromptBlocklist({
      region: "eu-west-1",
      scope: "REGIONAL",
      patternSets: [{ name: "airr-prompts-1", id: "id-1" }],
      tableName: state.options.tableName,
      ...(state.options.clientConfig ? { dynamoClientConfig: state.options.clientConfig } : {}),
    }),
    notifier: new SnsNotifier({ region: "eu-west-1", topicArn: "arn:aws:sns:eu-west-1:123456789012:airr" }),
    data: new S3DataStore({
      region: "eu-west-1",
      snapshots: state,
      exemptPrincipalArns: ["arn:aws:iam::123456789012:role/airr"],
    }),
  };
  // The test world's data-plane readers, looked up by the contract seeds below.
  worlds.set(provider, { readValue: secrets.readValue, delivered: sns.delivered, s3 });
  return provider;
}
const worlds = new Map<
  Provider,
  {
    readValue: () => Promise<string>;
    delivered: { messageId: string; subject: string; text: string }[];
    s3: ReturnType<typeof fakeS3>;
  }
>();
const world = (p: Provider) => {
  const found = worlds.get(p);
  if (!found) throw new Error("provider not made by makeProvider");
  return found;
};

modelEndpointsContract(makeProvider, { endpointId: "fraud-detector" });
encryptionContract(makeProvider, { resourceId: "fraud-detector", kmsKeyId: KMS_KEY });
secretsContract(makeProvider, {
  secretId: "llm-api-key",
  readValue: (p) => worlds.get(p)?.readValue() ?? Promise.resolve(""),
});
promptBlocklistContract(makeProvider);
notifierContract(makeProvider, {
  delivered: async (p) =>
    (worlds.get(p)?.delivered ?? []).map((m) => ({ ...m, text: m.text.split(DATA_SEPARATOR)[0] ?? "" })),
});
dataStoreContract(makeProvider, {
  store: "training-data",
  prefix: "conversations/",
  objects: {
    list: (p, store) => world(p).s3.list(store),
    read: (p, store, key) => world(p).s3.read(store, key),
  },
});
