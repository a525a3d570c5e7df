/**
 * The one DynamoDB table behind `DynamoDbStateStore`, the PromptGuard blocklist and port
 * snapshots. The CDK stack and the dynalite tests create it from this description, so the code
 * and the infrastructure cannot drift apart.
 */
export const STATE_TABLE = {
  partitionKey: "pk",
  sortKey: "sk",
  /** Incidents and audit entries by kind and time, for "newest first" without a scan. */
  byKindIndex: { name: "byKind", partitionKey: "kind", sortKey: "gsk" },
  /** Epoch seconds; DynamoDB's TTL deletes cooldowns, action counts and expired claims. */
  ttlAttribute: "expiresAtEpoch",
} as const;

/** CreateTable input for tests and local tooling (on-demand billing, like the stack). */
export function stateTableDefinition(tableName: string) {
  const { partitionKey, sortKey, byKindIndex } = STATE_TABLE;
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST" as const,
    AttributeDefinitions: [partitionKey, sortKey, byKindIndex.partitionKey, byKindIndex.sortKey].map(
      (AttributeName) => ({
        AttributeName,
        AttributeType: "S" as const,
      }),
    ),
    KeySchema: [
      { AttributeName: partitionKey, KeyType: "HASH" as const },
      { AttributeName: sortKey, KeyType: "RANGE" as const },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: byKindIndex.name,
        KeySchema: [
          { AttributeName: byKindIndex.partitionKey, KeyType: "HASH" as const },
          { AttributeName: byKindIndex.sortKey, KeyType: "RANGE" as const },
        ],
        Projection: { ProjectionType: "ALL" as const },
      },
    ],
  };
}
