import { WafPromptBlocklist } from "@airr/aws";
import type { BlockedPrompt } from "@airr/core";
import {
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
} from "@aws-sdk/client-dynamodb";
import { GetRegexPatternSetCommand, UpdateRegexPatternSetCommand, WAFV2Client } from "@aws-sdk/client-wafv2";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";

const waf = mockClient(WAFV2Client);
const db = mockClient(DynamoDBClient);
const SETS = [
  { name: "airr-prompts-1", id: "11111111-aaaa" },
  { name: "airr-prompts-2", id: "22222222-bbbb" },
];
const entry: BlockedPrompt = {
  id: "bp-1",
  pattern: "ignore previous instructions (now)",
  match: "exact",
  reason: "prompt injection",
  addedAt: "2026-01-31T12:00:00.000Z",
  incidentId: "inc-1",
};
const patternSet = (n: number, lock = "lock-1") => ({
  RegexPatternSet: {
    Name: "x",
    Id: "y",
    ARN: "arn",
    Description: "airr prompt blocklist",
    RegularExpressionList: Array.from({ length: n }, (_, i) => ({ RegexString: `existing-${i}` })),
  },
  LockToken: lock,
});

let port: WafPromptBlocklist;
beforeEach(() => {
  waf.reset();
  db.reset();
  port = new WafPromptBlocklist({ region: "eu-west-1", scope: "REGIONAL", patternSets: SETS, tableName: "airr-state" });
  db.on(GetItemCommand).resolves({});
  db.on(PutItemCommand).resolves({});
});

describe("WafPromptBlocklist.add", () => {
  it("escapes an exact prompt, updates with the LockToken, and records it for PromptGuard", async () => {
    waf.on(GetRegexPatternSetCommand).resolves(patternSet(2));
    waf.on(UpdateRegexPatternSetCommand).resolves({ NextLockToken: "lock-2" });
    await port.add(entry);
    expect(waf.commandCalls(UpdateRegexPatternSetCommand)[0]?.args[0].input).toEqual({
      Name: "airr-prompts-1",
      Id: "11111111-aaaa",
      Scope: "REGIONAL",
      RegularExpressionList: [
        { RegexString: "existing-0" },
        { RegexString: "existing-1" },
        { RegexString: "ignore previous instructions \\(now\\)" },
      ],
      LockToken: "lock-1",
      Description: "airr prompt blocklist",
    });
    const put = db.commandCalls(PutItemCommand)[0]?.args[0].input;
    expect(put?.ConditionExpression).toBe("attribute_not_exists(pk)");
    expect(JSON.parse(put?.Item?.["body"]?.S ?? "{}")).toMatchObject({ id: "bp-1", wafSet: "airr-prompts-1" });
  });

  it("re-reads and retries on WAFOptimisticLockException", async () => {
    waf.on(GetRegexPatternSetCommand).resolvesOnce(patternSet(1, "stale")).resolves(patternSet(2, "fresh"));
    waf
      .on(UpdateRegexPatternSetCommand)
      .rejectsOnce(Object.assign(new Error("lock"), { name: "WAFOptimisticLockException" }))
      .resolves({ NextLockToken: "next" });
    await port.add(entry);
    const updates = waf.commandCalls(UpdateRegexPatternSetCommand).map((c) => c.args[0].input);
    expect(updates.map((u) => u.LockToken)).toEqual(["stale", "fresh"]);
    expect(updates[1]?.RegularExpressionList).toHaveLength(3);
  });

  it("rolls into the next set when the first holds 10 patterns", async () => {
    waf.on(GetRegexPatternSetCommand, { Name: "airr-prompts-1" }).resolves(patternSet(10));
    waf.on(GetRegexPatternSetCommand, { Name: "airr-prompts-2" }).resolves(patternSet(0, "lock-b"));
    waf.on(UpdateRegexPatternSetCommand).resolves({});
    await port.add({ ...entry, match: "regex", pattern: "(?i)jailbreak" });
    const updates = waf.commandCalls(UpdateRegexPatternSetCommand).map((c) => c.args[0].input);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({
      Name: "airr-prompts-2",
      LockToken: "lock-b",
      RegularExpressionList: [{ RegexString: "(?i)jailbreak" }],
    });
  });

  it("fails with BlocklistFull when every set is full, writing nothing", async () => {
    waf.on(GetRegexPatternSetCommand).resolves(patternSet(10));
    await expect(port.add(entry)).rejects.toMatchObject({ code: "BlocklistFull" });
    expect(waf.commandCalls(UpdateRegexPatternSetCommand)).toHaveLength(0);
    expect(db.commandCalls(PutItemCommand)).toHaveLength(0);
  });

  it("is idempotent by id", async () => {
    db.on(GetItemCommand).resolves({
      Item: { body: { S: JSON.stringify({ ...entry, wafSet: "airr-prompts-1", wafRegex: "x" }) } },
    });
    await port.add(entry);
    expect(waf.commandCalls(GetRegexPatternSetCommand)).toHaveLength(0);
  });
});

describe("WafPromptBlocklist.remove / list", () => {
  it("removes the regex from its set and the entry from the table", async () => {
    db.on(GetItemCommand).resolves({
      Item: { body: { S: JSON.stringify({ ...entry, wafSet: "airr-prompts-1", wafRegex: "existing-1" }) } },
    });
    db.on(DeleteItemCommand).resolves({});
    waf.on(GetRegexPatternSetCommand).resolves(patternSet(3));
    waf.on(UpdateRegexPatternSetCommand).resolves({});
    await port.remove("bp-1");
    expect(waf.commandCalls(UpdateRegexPatternSetCommand)[0]?.args[0].input.RegularExpressionList).toEqual([
      { RegexString: "existing-0" },
      { RegexString: "existing-2" },
    ]);
    expect(db.commandCalls(DeleteItemCommand)[0]?.args[0].input.Key).toEqual({
      pk: { S: "blocklist" },
      sk: { S: "bp-1" },
    });
  });

  it("lists entries without WAF bookkeeping", async () => {
    db.on(QueryCommand).resolves({
      Items: [{ body: { S: JSON.stringify({ ...entry, wafSet: "s", wafRegex: "r" }) } }],
    });
    expect(await port.list()).toEqual([entry]);
  });
});
