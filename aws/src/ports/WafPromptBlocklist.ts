import type { BlockedPrompt, PromptBlocklist } from "@airr/core";
import type { DynamoDBClient, DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import type { WAFV2Client } from "@aws-sdk/client-wafv2";
import { AwsPortError } from "../errors.js";
import { type AwsPortOptions, allPages, errorName, once } from "./awsSdk.js";
import { loadDynamoDb, loadWafv2 } from "./sdkLoaders.js";

/** WAFv2's default quota: 10 regular expressions per regex pattern set, 200 characters each. */
export const WAF_PATTERNS_PER_SET = 10;
export const WAF_REGEX_MAX_LENGTH = 200;

export interface RegexPatternSetRef {
  name: string;
  id: string;
}

interface StoredEntry extends BlockedPrompt {
  /** The WAF regex this entry became, and the set holding it (null when kept app-side only). */
  wafRegex: string | null;
  wafSet: string | null;
}

/** Exact and normalized entries become literal regexes; `regex` entries go through as written. */
export function toWafRegex(entry: BlockedPrompt): string {
  return entry.match === "regex" ? entry.pattern : entry.pattern.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * Blocks a prompt at both doors: the WAF at the edge (regex pattern sets the web ACL's rule
 * references, updated with `LockToken` and retried on `WAFOptimisticLockException`, filling the
 * configured sets in order because each holds at most 10 patterns) and the PromptGuard blocklist
 * in DynamoDB that the application checks.
 */
// Slightly long: the WAF side (lock-token retries, set rollover) and the DynamoDB side are one port.
export class WafPromptBlocklist implements PromptBlocklist {
  static readonly iamActions = [
    "wafv2:GetRegexPatternSet",
    "wafv2:UpdateRegexPatternSet",
    "dynamodb:GetItem",
    "dynamodb:PutItem",
    "dynamodb:DeleteItem",
    "dynamodb:Query",
  ] as const;
  static readonly unscopedActions = [] as const;

  readonly #waf: () => Promise<WAFV2Client>;
  readonly #dynamo: () => Promise<DynamoDBClient>;

  constructor(
    readonly options: AwsPortOptions & {
      scope: "REGIONAL" | "CLOUDFRONT";
      patternSets: RegexPatternSetRef[];
      /** The DynamoDB table PromptGuard reads (airr's state table by default). */
      tableName: string;
      /** Overrides for the DynamoDB client (a local endpoint in tests). */
      dynamoClientConfig?: DynamoDBClientConfig;
      maxLockRetries?: number;
    },
  ) {
    this.#waf = once(async () => new (await loadWafv2()).WAFV2Client({ region: options.region }));
    this.#dynamo = once(
      async () => new (await loadDynamoDb()).DynamoDBClient({ region: options.region, ...options.dynamoClientConfig }),
    );
  }

  async list(): Promise<BlockedPrompt[]> {
    const [sdk, db] = [await loadDynamoDb(), await this.#dynamo()];
    const items = await allPages(async (token) => {
      const out = await db.send(
        new sdk.QueryCommand({
          TableName: this.options.tableName,
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": { S: "blocklist" } },
          ...(token ? { ExclusiveStartKey: JSON.parse(token) } : {}),
        }),
      );
      return { items: out.Items ?? [], next: out.LastEvaluatedKey ? JSON.stringify(out.LastEvaluatedKey) : undefined };
    });
    return items.map((item) => {
      const { wafRegex: _r, wafSet: _s, ...entry } = JSON.parse(item["body"]?.S ?? "{}") as StoredEntry;
      return entry;
    });
  }

  async add(entry: BlockedPrompt): Promise<void> {
    if (await this.#stored(entry.id)) return;
    const regex = toWafRegex(entry);
    let wafSet: string | null = null;
    if (regex.length <= WAF_REGEX_MAX_LENGTH) wafSet = await this.#addToWaf(regex);
    const [sdk, db] = [await loadDynamoDb(), await this.#dynamo()];
    const stored: StoredEntry = { ...entry, wafRegex: wafSet ? regex : null, wafSet };
    await db
      .send(
        new sdk.PutItemCommand({
          TableName: this.options.tableName,
          Item: { pk: { S: "blocklist" }, sk: { S: entry.id }, body: { S: JSON.stringify(stored) } },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      )
      .catch((error: unknown) => {
        if (errorName(error) !== "ConditionalCheckFailedException") throw error;
      });
  }

  async remove(id: string): Promise<void> {
    const stored = await this.#stored(id);
    if (!stored) return;
    if (stored.wafSet && stored.wafRegex) {
      const set = this.options.patternSets.find((s) => s.name === stored.wafSet);
      const regex = stored.wafRegex;
      if (set) await this.#update(set, (list) => (list.includes(regex) ? list.filter((r) => r !== regex) : null));
    }
    const [sdk, db] = [await loadDynamoDb(), await this.#dynamo()];
    await db.send(
      new sdk.DeleteItemCommand({ TableName: this.options.tableName, Key: { pk: { S: "blocklist" }, sk: { S: id } } }),
    );
  }

  async #stored(id: string): Promise<StoredEntry | null> {
    const [sdk, db] = [await loadDynamoDb(), await this.#dynamo()];
    const out = await db.send(
      new sdk.GetItemCommand({
        TableName: this.options.tableName,
        Key: { pk: { S: "blocklist" }, sk: { S: id } },
        ConsistentRead: true,
      }),
    );
    const body = out.Item?.["body"]?.S;
    return body ? (JSON.parse(body) as StoredEntry) : null;
  }

  /** The first set with room takes the pattern; a pattern already in any set is not added twice. */
  async #addToWaf(regex: string): Promise<string> {
    for (const set of this.options.patternSets) {
      let added = false;
      await this.#update(set, (list) => {
        if (list.includes(regex)) {
          added = true;
          return null;
        }
        if (list.length >= WAF_PATTERNS_PER_SET) return null;
        added = true;
        return [...list, regex];
      });
      if (added) return set.name;
    }
    throw new AwsPortError(
      "BlocklistFull",
      `every WAF regex pattern set (${this.options.patternSets.map((s) => s.name).join(", ") || "none"}) holds ${WAF_PATTERNS_PER_SET} patterns`,
      { hint: "add a pattern set (CDK context wafPatternSets) or remove old entries with `airr undo`" },
    );
  }

  /** Read-modify-write with the set's LockToken; a concurrent writer makes us re-read and retry. */
  async #update(set: RegexPatternSetRef, change: (list: string[]) => string[] | null): Promise<void> {
    const [sdk, waf] = [await loadWafv2(), await this.#waf()];
    const retries = this.options.maxLockRetries ?? 5;
    for (let attempt = 0; ; attempt++) {
      const got = await waf.send(
        new sdk.GetRegexPatternSetCommand({ Name: set.name, Id: set.id, Scope: this.options.scope }),
      );
      const list = (got.RegexPatternSet?.RegularExpressionList ?? []).map((r) => r.RegexString ?? "");
      const next = change(list);
      if (next === null) return;
      try {
        await waf.send(
          new sdk.UpdateRegexPatternSetCommand({
            Name: set.name,
            Id: set.id,
            Scope: this.options.scope,
            RegularExpressionList: next.map((RegexString) => ({ RegexString })),
            LockToken: got.LockToken,
            ...(got.RegexPatternSet?.Description ? { Description: got.RegexPatternSet.Description } : {}),
          }),
        );
        return;
      } catch (error) {
        if (errorName(error) !== "WAFOptimisticLockException" || attempt >= retries) throw error;
      }
    }
  }
}
