import type {
  Approval,
  AuditEntry,
  ClaimResult,
  ClaimState,
  Exemption,
  Incident,
  StateStore,
} from "@airr/core/respond";
import type { AttributeValue, DynamoDBClient, DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { AwsPortError } from "../errors.js";
import { allPages, errorName, once } from "./awsSdk.js";
import type { SnapshotStore } from "./SnapshotStore.js";
import { loadDynamoDb } from "./sdkLoaders.js";
import { STATE_TABLE } from "./stateTable.js";

type Item = Record<string, AttributeValue>;
const DAY_S = 86_400;

const epoch = (iso: string, plusSeconds = 0) => String(Math.floor(Date.parse(iso) / 1000) + plusSeconds);
const s = (value: string): AttributeValue => ({ S: value });
const body = (item: Item | undefined) => JSON.parse(item?.["body"]?.S ?? "null") as unknown;

/** Orders entries written in the same millisecond by this process (the audit log is append-only). */
let sequence = 0n;
function uniqueSuffix(): string {
  sequence += 1n;
  return `${process.hrtime.bigint().toString().padStart(20, "0")}${sequence.toString().padStart(8, "0")}`;
}

/**
 * airr's state in one DynamoDB table: claims by conditional write (exactly one concurrent Lambda
 * wins), cooldowns and action counts expiring by TTL, approvals, exemptions, the append-only
 * audit log and incidents (newest first through the `byKind` index), and port snapshots.
 */
// Long because StateStore has 17 methods, each a short DynamoDB call on the same table and client.
export class DynamoDbStateStore implements StateStore, SnapshotStore {
  static readonly iamActions = [
    "dynamodb:GetItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:Query",
  ] as const;
  static readonly unscopedActions = [] as const;

  readonly #client: () => Promise<DynamoDBClient>;

  constructor(readonly options: { tableName: string; region?: string; clientConfig?: DynamoDBClientConfig }) {
    this.#client = once(
      async () => new (await loadDynamoDb()).DynamoDBClient({ region: options.region, ...options.clientConfig }),
    );
  }

  async claim(key: string, owner: string, now: string, expiresAt: string): Promise<ClaimResult> {
    const [sdk, db] = [await loadDynamoDb(), await this.#client()];
    try {
      await db.send(
        new sdk.PutItemCommand({
          TableName: this.options.tableName,
          Item: {
            pk: s(`claim#${key}`),
            sk: s("claim"),
            owner: s(owner),
            expiresAt: s(expiresAt),
            settled: { BOOL: false },
            [STATE_TABLE.ttlAttribute]: { N: epoch(expiresAt, DAY_S) },
          },
          ConditionExpression: "attribute_not_exists(pk) OR (settled = :f AND (expiresAt <= :now OR #o = :owner))",
          ExpressionAttributeNames: { "#o": "owner" },
          ExpressionAttributeValues: { ":f": { BOOL: false }, ":now": s(now), ":owner": s(owner) },
        }),
      );
      return { claimed: true };
    } catch (error) {
      if (errorName(error) !== "ConditionalCheckFailedException") throw error;
    }
    const held = await this.#get(`claim#${key}`, "claim");
    return {
      claimed: false,
      owner: held?.["owner"]?.S ?? "",
      expiresAt: held?.["expiresAt"]?.S ?? null,
      settled: held?.["settled"]?.BOOL ?? false,
    };
  }

  async settle(key: string, owner: string): Promise<void> {
    const [sdk, db] = [await loadDynamoDb(), await this.#client()];
    await this.#owned(key, owner, () =>
      db.send(
        new sdk.UpdateItemCommand({
          TableName: this.options.tableName,
          Key: { pk: s(`claim#${key}`), sk: s("claim") },
          // A settled claim is permanent: drop its TTL.
          UpdateExpression: `SET settled = :t REMOVE ${STATE_TABLE.ttlAttribute}`,
          ConditionExpression: "#o = :owner",
          ExpressionAttributeNames: { "#o": "owner" },
          ExpressionAttributeValues: { ":t": { BOOL: true }, ":owner": s(owner) },
        }),
      ),
    );
  }

  async release(key: string, owner: string): Promise<void> {
    const [sdk, db] = [await loadDynamoDb(), await this.#client()];
    await this.#owned(key, owner, () =>
      db.send(
        new sdk.DeleteItemCommand({
          TableName: this.options.tableName,
          Key: { pk: s(`claim#${key}`), sk: s("claim") },
          ConditionExpression: "#o = :owner AND settled = :f",
          ExpressionAttributeNames: { "#o": "owner" },
          ExpressionAttributeValues: { ":f": { BOOL: false }, ":owner": s(owner) },
        }),
      ),
    );
  }

  async getClaim(key: string): Promise<ClaimState | null> {
    const held = await this.#get(`claim#${key}`, "claim");
    if (held === undefined) return null;
    return {
      owner: held["owner"]?.S ?? "",
      expiresAt: held["expiresAt"]?.S ?? null,
      settled: held["settled"]?.BOOL ?? false,
    };
  }

  async getCooldown(scope: string): Promise<string | null> {
    return (await this.#get(`cooldown#${scope}`, "cooldown"))?.["until"]?.S ?? null;
  }

  async setCooldown(scope: string, until: string): Promise<void> {
    await this.#put({
      pk: s(`cooldown#${scope}`),
      sk: s("cooldown"),
      until: s(until),
      [STATE_TABLE.ttlAttribute]: { N: epoch(until, DAY_S) },
    });
  }

  async recordAction(scope: string, at: string): Promise<void> {
    await this.#put({
      pk: s(`actions#${scope}`),
      sk: s(`${at}#${uniqueSuffix()}`),
      [STATE_TABLE.ttlAttribute]: { N: epoch(at, 30 * DAY_S) },
    });
  }

  async countActions(scope: string, since: string): Promise<number> {
    const [sdk, db] = [await loadDynamoDb(), await this.#client()];
    const counts = await allPages(async (token) => {
      const out = await db.send(
        new sdk.QueryCommand({
          TableName: this.options.tableName,
          KeyConditionExpression: "pk = :pk AND sk >= :since",
          ExpressionAttributeValues: { ":pk": s(`actions#${scope}`), ":since": s(since) },
          Select: "COUNT",
          ConsistentRead: true,
          ...(token ? { ExclusiveStartKey: JSON.parse(token) as Item } : {}),
        }),
      );
      return { items: [out.Count ?? 0], next: out.LastEvaluatedKey ? JSON.stringify(out.LastEvaluatedKey) : undefined };
    });
    return counts.reduce((a, b) => a + b, 0);
  }

  async putApproval(approval: Approval): Promise<void> {
    await this.#put({
      pk: s(`approval#${approval.incidentId}`),
      sk: s(approval.actionKey),
      body: s(JSON.stringify(approval)),
    });
  }

  async listApprovals(incidentId: string): Promise<Approval[]> {
    return (await this.#query(`approval#${incidentId}`)).map((i) => body(i) as Approval);
  }

  async putExemption(exemption: Exemption): Promise<void> {
    await this.#put({ pk: s("exemption"), sk: s(exemption.target), body: s(JSON.stringify(exemption)) });
  }

  async listExemptions(now: string): Promise<Exemption[]> {
    return (await this.#query("exemption")).map((i) => body(i) as Exemption).filter((e) => e.until > now);
  }

  async removeExemption(target: string): Promise<Exemption | null> {
    const [sdk, db] = [await loadDynamoDb(), await this.#client()];
    const out = await db.send(
      new sdk.DeleteItemCommand({
        TableName: this.options.tableName,
        Key: { pk: s("exemption"), sk: s(target) },
        ReturnValues: "ALL_OLD",
      }),
    );
    return (body(out.Attributes) as Exemption | null) ?? null;
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    const sk = `${entry.at}#${uniqueSuffix()}`;
    await this.#put({
      pk: s(`audit#${entry.incidentId}`),
      sk: s(sk),
      kind: s("audit"),
      gsk: s(sk),
      body: s(JSON.stringify(entry)),
    });
  }

  async readAudit(incidentId?: string): Promise<AuditEntry[]> {
    const items =
      incidentId === undefined ? await this.#byKind("audit", true) : await this.#query(`audit#${incidentId}`);
    return items.map((i) => body(i) as AuditEntry);
  }

  async putIncident(incident: Incident): Promise<void> {
    await this.#put({
      pk: s(`incident#${incident.id}`),
      sk: s("incident"),
      kind: s("incident"),
      gsk: s(`${incident.createdAt}#${incident.id}`),
      body: s(JSON.stringify(incident)),
    });
  }

  async getIncident(id: string): Promise<Incident | null> {
    return body(await this.#get(`incident#${id}`, "incident")) as Incident | null;
  }

  async listIncidents(limit?: number): Promise<Incident[]> {
    return (await this.#byKind("incident", false, limit)).map((i) => body(i) as Incident);
  }

  async putSnapshot(key: string, value: unknown): Promise<void> {
    await this.#put({ pk: s(`snapshot#${key}`), sk: s("snapshot"), body: s(JSON.stringify(value)) });
  }

  async getSnapshot<T = unknown>(key: string): Promise<T | null> {
    return body(await this.#get(`snapshot#${key}`, "snapshot")) as T | null;
  }

  async deleteSnapshot(key: string): Promise<void> {
    const [sdk, db] = [await loadDynamoDb(), await this.#client()];
    await db.send(
      new sdk.DeleteItemCommand({
        TableName: this.options.tableName,
        Key: { pk: s(`snapshot#${key}`), sk: s("snapshot") },
      }),
    );
  }

  async #owned(key: string, owner: string, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (errorName(error) !== "ConditionalCheckFailedException") throw error;
      const held = await this.#get(`claim#${key}`, "claim");
      throw new AwsPortError(
        "ClaimNotHeld",
        `claim "${key}" is not held by "${owner}" (owner: ${held?.["owner"]?.S ?? "none"})`,
        {
          where: key,
          hint: "only the owner of an unsettled claim can settle or release it",
        },
      );
    }
  }

  async #get(pk: string, sk: string): Promise<Item | undefined> {
    const [sdk, db] = [await loadDynamoDb(), await this.#client()];
    const out = await db.send(
      new sdk.GetItemCommand({
        TableName: this.options.tableName,
        Key: { pk: s(pk), sk: s(sk) },
        ConsistentRead: true,
      }),
    );
    return out.Item;
  }

  async #put(item: Item): Promise<void> {
    const [sdk, db] = [await loadDynamoDb(), await this.#client()];
    await db.send(new sdk.PutItemCommand({ TableName: this.options.tableName, Item: item }));
  }

  async #query(pk: string): Promise<Item[]> {
    const [sdk, db] = [await loadDynamoDb(), await this.#client()];
    return allPages(async (token) => {
      const out = await db.send(
        new sdk.QueryCommand({
          TableName: this.options.tableName,
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": s(pk) },
          ConsistentRead: true,
          ...(token ? { ExclusiveStartKey: JSON.parse(token) as Item } : {}),
        }),
      );
      return { items: out.Items ?? [], next: out.LastEvaluatedKey ? JSON.stringify(out.LastEvaluatedKey) : undefined };
    });
  }

  async #byKind(kind: string, ascending: boolean, limit?: number): Promise<Item[]> {
    const [sdk, db] = [await loadDynamoDb(), await this.#client()];
    const items = await allPages(async (token) => {
      const out = await db.send(
        new sdk.QueryCommand({
          TableName: this.options.tableName,
          IndexName: STATE_TABLE.byKindIndex.name,
          KeyConditionExpression: "#k = :kind",
          ExpressionAttributeNames: { "#k": "kind" },
          ExpressionAttributeValues: { ":kind": s(kind) },
          ScanIndexForward: ascending,
          ...(limit === undefined ? {} : { Limit: limit }),
          ...(token ? { ExclusiveStartKey: JSON.parse(token) as Item } : {}),
        }),
      );
      const next = limit === undefined && out.LastEvaluatedKey ? JSON.stringify(out.LastEvaluatedKey) : undefined;
      return { items: out.Items ?? [], next };
    });
    return limit === undefined ? items : items.slice(0, limit);
  }
}
