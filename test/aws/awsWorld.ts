import { awsProvider, type DynamoDbStateStore } from "@airr/aws";
import type { Provider } from "@airr/core";
import { freshStateStore } from "./dynalite.js";
import { fakeSageMaker, fakeSns } from "./fakeAws.js";

export const INCIDENT_TOPIC = "arn:aws:sns:eu-west-1:123456789012:airr-incidents";

/**
 * Points the SDK's DynamoDB client at dynalite the way an operator would point it at a local
 * endpoint: `AWS_ENDPOINT_URL_DYNAMODB` and static test credentials (this test process only).
 */
export function useDynalite(endpoint: string): void {
  process.env["AWS_ENDPOINT_URL_DYNAMODB"] = endpoint;
  process.env["AWS_ACCESS_KEY_ID"] = "test";
  process.env["AWS_SECRET_ACCESS_KEY"] = "test";
  process.env["AWS_REGION"] = "eu-west-1";
}

/** A provider exactly as the Lambda builds it (`awsProvider`), on the SageMaker and SNS stand-ins and a fresh table. */
export async function awsWorld(endpoint: string) {
  const sm = fakeSageMaker();
  const sns = fakeSns();
  const table = await freshStateStore(endpoint);
  const provider: Provider = awsProvider({
    region: "eu-west-1",
    tableName: table.options.tableName,
    endpoints: ["fraud-detector"],
    secrets: [],
    buckets: [],
    notificationTopicArn: INCIDENT_TOPIC,
    maxWaitSeconds: 2,
  });
  return {
    provider,
    state: provider.state as DynamoDbStateStore,
    delivered: sns.delivered,
    restore: () => {
      sm.restore();
      sns.restore();
    },
  };
}
