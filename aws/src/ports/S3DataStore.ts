import type { DataStore, PublicAccessState, Quarantine } from "@airr/core";
import type { S3Client } from "@aws-sdk/client-s3";
import { ResourceNotFoundError } from "../errors.js";
import { type AwsPortOptions, allPages, errorName, once } from "./awsSdk.js";
import type { SnapshotStore } from "./SnapshotStore.js";
import { loadS3 } from "./sdkLoaders.js";

/** Quarantined objects live under this prefix, readable by nobody but the principals exempted. */
export const QUARANTINE_PREFIX = "airr-quarantine/";
export const QUARANTINE_SID = "AirrQuarantineDenyRead";
/** Quarantine is for a handful of suspicious objects; a larger prefix needs a human. */
const MAX_OBJECTS = 1000;

interface PolicyDocument {
  Version?: string;
  Statement: Record<string, unknown>[];
}

/**
 * S3 buckets: block public access (all four settings), and quarantine a prefix by copying each
 * object under `airr-quarantine/{id}/` with tags, deleting the original, and adding a bucket
 * policy statement that denies reading the quarantine prefix to everyone but `exemptPrincipalArns`
 * (airr's own role, so `release` can move objects back). The quarantine record is a snapshot.
 */
// Slightly long: public access and quarantine (move, deny-read policy, release) are one port.
export class S3DataStore implements DataStore {
  static readonly iamActions = [
    "s3:ListAllMyBuckets",
    "s3:GetBucketPublicAccessBlock",
    "s3:PutBucketPublicAccessBlock",
    "s3:ListBucket",
    "s3:GetObject",
    "s3:GetObjectTagging",
    "s3:PutObject",
    "s3:PutObjectTagging",
    "s3:DeleteObject",
    "s3:GetBucketPolicy",
    "s3:PutBucketPolicy",
  ] as const;

  /** Actions IAM cannot scope to a bucket (they need `"*"`). */
  static readonly unscopedActions = ["s3:ListAllMyBuckets"] as const;

  readonly #client: () => Promise<S3Client>;

  constructor(
    readonly options: AwsPortOptions & { buckets?: string[]; snapshots: SnapshotStore; exemptPrincipalArns: string[] },
  ) {
    this.#client = once(async () => new (await loadS3()).S3Client({ region: options.region }));
  }

  async list(): Promise<string[]> {
    if (this.options.buckets) return [...this.options.buckets];
    const [sdk, client] = [await loadS3(), await this.#client()];
    const out = await client.send(new sdk.ListBucketsCommand({}));
    return (out.Buckets ?? []).map((b) => b.Name ?? "").filter(Boolean);
  }

  async getPublicAccess(store: string): Promise<PublicAccessState | null> {
    const [sdk, client] = [await loadS3(), await this.#client()];
    try {
      const out = await client.send(new sdk.GetPublicAccessBlockCommand({ Bucket: store }));
      const c = out.PublicAccessBlockConfiguration ?? {};
      const blocked = Boolean(
        c.BlockPublicAcls && c.IgnorePublicAcls && c.BlockPublicPolicy && c.RestrictPublicBuckets,
      );
      return { store, publicAccessBlocked: blocked };
    } catch (error) {
      if (errorName(error) === "NoSuchPublicAccessBlockConfiguration") return { store, publicAccessBlocked: false };
      if (errorName(error) === "NoSuchBucket") return null;
      throw error;
    }
  }

  async setPublicAccessBlocked(store: string, blocked: boolean): Promise<void> {
    const [sdk, client] = [await loadS3(), await this.#client()];
    if (!blocked) {
      // Undo: back to "no bucket-level block" (the account-level block, if any, still applies).
      await client.send(new sdk.DeletePublicAccessBlockCommand({ Bucket: store }));
      return;
    }
    await client.send(
      new sdk.PutPublicAccessBlockCommand({
        Bucket: store,
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        },
      }),
    );
  }

  async quarantine(id: string, store: string, prefix: string): Promise<Quarantine> {
    const existing = await this.getQuarantine(id);
    if (existing) return existing;
    const [sdk, client] = [await loadS3(), await this.#client()];
    const keys = await allPages(
      async (token) => {
        const out = await client.send(
          new sdk.ListObjectsV2Command({ Bucket: store, Prefix: prefix, ContinuationToken: token }),
        );
        return { items: (out.Contents ?? []).map((o) => o.Key ?? "").filter(Boolean), next: out.NextContinuationToken };
      },
      Math.ceil(MAX_OBJECTS / 1000),
    );
    const objects = keys.filter((k) => !k.startsWith(QUARANTINE_PREFIX)).slice(0, MAX_OBJECTS);
    await this.#denyReadOfQuarantine(store);
    const record: Quarantine = { id, store, prefix, objects, released: false };
    // Record first, so a crash mid-move still leaves a way back.
    await this.options.snapshots.putSnapshot(this.#key(id), record);
    for (const key of objects) {
      await client.send(
        new sdk.CopyObjectCommand({
          Bucket: store,
          Key: `${QUARANTINE_PREFIX}${id}/${key}`,
          CopySource: `${store}/${encodeURIComponent(key).replace(/%2F/g, "/")}`,
          TaggingDirective: "REPLACE",
          Tagging: `airr-quarantine=${encodeURIComponent(id)}`,
        }),
      );
      await client.send(new sdk.DeleteObjectCommand({ Bucket: store, Key: key }));
    }
    return record;
  }

  async getQuarantine(id: string): Promise<Quarantine | null> {
    return this.options.snapshots.getSnapshot<Quarantine>(this.#key(id));
  }

  async release(id: string): Promise<void> {
    const record = await this.getQuarantine(id);
    if (!record) throw new ResourceNotFoundError(`quarantine "${id}"`, id);
    if (record.released) return;
    const [sdk, client] = [await loadS3(), await this.#client()];
    for (const key of record.objects) {
      const from = `${QUARANTINE_PREFIX}${id}/${key}`;
      await client.send(
        new sdk.CopyObjectCommand({
          Bucket: record.store,
          Key: key,
          CopySource: `${record.store}/${encodeURIComponent(from).replace(/%2F/g, "/")}`,
        }),
      );
      await client.send(new sdk.DeleteObjectCommand({ Bucket: record.store, Key: from }));
    }
    await this.options.snapshots.putSnapshot(this.#key(id), { ...record, released: true });
  }

  #key(id: string): string {
    return `s3-quarantine:${id}`;
  }

  async #denyReadOfQuarantine(store: string): Promise<void> {
    const [sdk, client] = [await loadS3(), await this.#client()];
    let policy: PolicyDocument = { Version: "2012-10-17", Statement: [] };
    try {
      const out = await client.send(new sdk.GetBucketPolicyCommand({ Bucket: store }));
      if (out.Policy) policy = JSON.parse(out.Policy) as PolicyDocument;
    } catch (error) {
      if (errorName(error) !== "NoSuchBucketPolicy") throw error;
    }
    if (policy.Statement.some((s) => s["Sid"] === QUARANTINE_SID)) return;
    policy.Statement.push({
      Sid: QUARANTINE_SID,
      Effect: "Deny",
      Principal: "*",
      Action: ["s3:GetObject", "s3:GetObjectVersion"],
      Resource: `arn:aws:s3:::${store}/${QUARANTINE_PREFIX}*`,
      Condition: { ArnNotLike: { "aws:PrincipalArn": this.options.exemptPrincipalArns } },
    });
    await client.send(new sdk.PutBucketPolicyCommand({ Bucket: store, Policy: JSON.stringify(policy) }));
  }
}
