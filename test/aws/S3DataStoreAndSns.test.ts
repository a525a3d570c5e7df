import { MemorySnapshotStore, S3DataStore, SnsNotifier, snsSubject } from "@airr/aws";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  DeletePublicAccessBlockCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  ListObjectsV2Command,
  PutBucketPolicyCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";

const s3 = mockClient(S3Client);
const sns = mockClient(SNSClient);
const ROLE = "arn:aws:iam::123456789012:role/airr-remediation";
let store: S3DataStore;
beforeEach(() => {
  s3.reset();
  sns.reset();
  store = new S3DataStore({ region: "eu-west-1", snapshots: new MemorySnapshotStore(), exemptPrincipalArns: [ROLE] });
});

describe("S3DataStore public access", () => {
  it("reads all four flags, treats a missing configuration as open and a missing bucket as null", async () => {
    s3.on(GetPublicAccessBlockCommand, { Bucket: "open" }).rejects(
      Object.assign(new Error("none"), { name: "NoSuchPublicAccessBlockConfiguration" }),
    );
    s3.on(GetPublicAccessBlockCommand, { Bucket: "gone" }).rejects(
      Object.assign(new Error("none"), { name: "NoSuchBucket" }),
    );
    s3.on(GetPublicAccessBlockCommand, { Bucket: "half" }).resolves({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: false,
        RestrictPublicBuckets: true,
      },
    });
    expect(await store.getPublicAccess("open")).toEqual({ store: "open", publicAccessBlocked: false });
    expect(await store.getPublicAccess("gone")).toBeNull();
    expect(await store.getPublicAccess("half")).toEqual({ store: "half", publicAccessBlocked: false });
  });

  it("blocks with PutPublicAccessBlock and undoes with DeletePublicAccessBlock", async () => {
    s3.on(PutPublicAccessBlockCommand).resolves({});
    s3.on(DeletePublicAccessBlockCommand).resolves({});
    await store.setPublicAccessBlocked("training-data", true);
    expect(s3.commandCalls(PutPublicAccessBlockCommand)[0]?.args[0].input).toEqual({
      Bucket: "training-data",
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    });
    await store.setPublicAccessBlocked("training-data", false);
    expect(s3.commandCalls(DeletePublicAccessBlockCommand)[0]?.args[0].input).toEqual({ Bucket: "training-data" });
  });
});

describe("S3DataStore quarantine", () => {
  it("copies with tags under the quarantine prefix, deletes originals, denies reads, and releases", async () => {
    // Prepare
    s3.on(ListObjectsV2Command).resolves({ Contents: [{ Key: "uploads/a b.jsonl" }, { Key: "uploads/c.jsonl" }] });
    s3.on(GetBucketPolicyCommand).rejects(Object.assign(new Error("none"), { name: "NoSuchBucketPolicy" }));
    s3.on(PutBucketPolicyCommand).resolves({});
    s3.on(CopyObjectCommand).resolves({});
    s3.on(DeleteObjectCommand).resolves({});
    // Act
    const q = await store.quarantine("q-1", "training-data", "uploads/");
    // Assess
    expect(q).toEqual({
      id: "q-1",
      store: "training-data",
      prefix: "uploads/",
      objects: ["uploads/a b.jsonl", "uploads/c.jsonl"],
      released: false,
    });
    expect(s3.commandCalls(CopyObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: "training-data",
      Key: "airr-quarantine/q-1/uploads/a b.jsonl",
      CopySource: "training-data/uploads/a%20b.jsonl",
      TaggingDirective: "REPLACE",
      Tagging: "airr-quarantine=q-1",
    });
    expect(s3.commandCalls(DeleteObjectCommand).map((c) => c.args[0].input.Key)).toEqual([
      "uploads/a b.jsonl",
      "uploads/c.jsonl",
    ]);
    const policy = JSON.parse(s3.commandCalls(PutBucketPolicyCommand)[0]?.args[0].input.Policy ?? "{}");
    expect(policy.Statement[0]).toMatchObject({
      Sid: "AirrQuarantineDenyRead",
      Effect: "Deny",
      Resource: "arn:aws:s3:::training-data/airr-quarantine/*",
      Condition: { ArnNotLike: { "aws:PrincipalArn": [ROLE] } },
    });

    // Act: undo
    s3.resetHistory();
    await store.release("q-1");
    expect(s3.commandCalls(CopyObjectCommand).map((c) => c.args[0].input.Key)).toEqual([
      "uploads/a b.jsonl",
      "uploads/c.jsonl",
    ]);
    expect((await store.getQuarantine("q-1"))?.released).toBe(true);
  });

  it("is idempotent by id", async () => {
    s3.on(ListObjectsV2Command).resolves({ Contents: [] });
    s3.on(GetBucketPolicyCommand).resolves({
      Policy: JSON.stringify({ Statement: [{ Sid: "AirrQuarantineDenyRead" }] }),
    });
    await store.quarantine("q-2", "b", "p/");
    await store.quarantine("q-2", "b", "p/");
    expect(s3.commandCalls(ListObjectsV2Command)).toHaveLength(1);
    expect(s3.commandCalls(PutBucketPolicyCommand)).toHaveLength(0);
  });
});

describe("SnsNotifier", () => {
  it("publishes a readable ASCII subject and the incident as JSON", async () => {
    sns.on(PublishCommand).resolves({ MessageId: "m-1" });
    const notifier = new SnsNotifier({ region: "eu-west-1", topicArn: "arn:aws:sns:eu-west-1:123456789012:airr" });
    const out = await notifier.send({
      subject: "Rolled back fraud-detector → fraud-v2",
      text: "airr rolled back the endpoint.",
      severity: "error",
      incidentId: "inc-1",
      data: { incident: { id: "inc-1" } },
    });
    expect(out).toEqual({ messageId: "m-1" });
    const input = sns.commandCalls(PublishCommand)[0]?.args[0].input;
    expect(input?.Subject).toBe("Rolled back fraud-detector fraud-v2");
    expect(input?.Message).toBe(
      'airr rolled back the endpoint.\n\n-- incident (JSON) --\n{\n  "incident": {\n    "id": "inc-1"\n  }\n}',
    );
    expect(input?.MessageAttributes?.["incidentId"]).toEqual({ DataType: "String", StringValue: "inc-1" });
  });

  it("keeps subjects within 100 characters", () => {
    const subject = snsSubject({ subject: "x".repeat(300), text: "", severity: null, incidentId: null });
    expect(subject).toHaveLength(100);
    expect(subject.endsWith("...")).toBe(true);
  });
});
