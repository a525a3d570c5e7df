import { DescribeKeyCommand, KMSClient } from "@aws-sdk/client-kms";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  DeletePublicAccessBlockCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  PutBucketPolicyCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import {
  AddTagsCommand,
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  DeleteEndpointCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListTagsCommand,
  SageMakerClient,
  UpdateEndpointCommand,
} from "@aws-sdk/client-sagemaker";
import {
  DescribeSecretCommand,
  GetRandomPasswordCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  ListSecretVersionIdsCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from "@aws-sdk/client-secrets-manager";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { GetRegexPatternSetCommand, UpdateRegexPatternSetCommand, WAFV2Client } from "@aws-sdk/client-wafv2";
import { mockClient } from "aws-sdk-client-mock";

/**
 * Stateful stand-ins for the AWS APIs the ports call, behind the real SDK clients (through
 * aws-sdk-client-mock), so the shared port contract suites can run against the AWS ports.
 * They model only what the ports rely on, with AWS's error names.
 */
const fail = (name: string, message: string) => Object.assign(new Error(message), { name });
const ARN = (kind: string, name: string) => `arn:aws:sagemaker:eu-west-1:123456789012:${kind}/${name.toLowerCase()}`;

export const KMS_KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

export function fakeSageMaker() {
  const sm = mockClient(SageMakerClient);
  const kms = mockClient(KMSClient);
  const configs = new Map<string, { KmsKeyId?: string; created: number }>([
    ["fraud-detector-v1", { created: 1 }],
    ["fraud-detector-v2", { created: 2 }],
  ]);
  const endpoints = new Map<string, { config: string; tags: Record<string, string> }>([
    ["fraud-detector", { config: "fraud-detector-v2", tags: {} }],
  ]);
  const endpoint = (name: string) => {
    const found = endpoints.get(name);
    if (!found) throw fail("ValidationException", `Could not find endpoint "${name}".`);
    return found;
  };
  sm.on(ListEndpointsCommand).callsFake(() => ({
    Endpoints: [...endpoints.keys()].map((EndpointName) => ({ EndpointName })),
  }));
  sm.on(DescribeEndpointCommand).callsFake(({ EndpointName }) => {
    const e = endpoint(EndpointName);
    return {
      EndpointName,
      EndpointArn: ARN("endpoint", EndpointName),
      EndpointConfigName: e.config,
      EndpointStatus: "InService",
    };
  });
  sm.on(DescribeEndpointConfigCommand).callsFake(({ EndpointConfigName }) => {
    const c = configs.get(EndpointConfigName);
    if (!c) throw fail("ValidationException", `Could not find endpoint configuration "${EndpointConfigName}".`);
    return {
      EndpointConfigName,
      ProductionVariants: [{ VariantName: "AllTraffic", ModelName: "m" }],
      KmsKeyId: c.KmsKeyId,
    };
  });
  sm.on(ListEndpointConfigsCommand).callsFake(({ NameContains }) => ({
    EndpointConfigs: [...configs.entries()]
      .filter(([n]) => n.includes(NameContains ?? ""))
      .sort((a, b) => a[1].created - b[1].created)
      .map(([EndpointConfigName]) => ({ EndpointConfigName })),
  }));
  const byArn = (arn: string) => [...endpoints.entries()].find(([n]) => ARN("endpoint", n) === arn)?.[1];
  sm.on(ListTagsCommand).callsFake(({ ResourceArn }) => ({
    Tags: Object.entries(byArn(ResourceArn)?.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
  }));
  sm.on(AddTagsCommand).callsFake(({ ResourceArn, Tags }) => {
    const e = byArn(ResourceArn);
    for (const t of Tags ?? []) if (e) e.tags[t.Key] = t.Value;
    return {};
  });
  sm.on(UpdateEndpointCommand).callsFake(({ EndpointName, EndpointConfigName }) => {
    endpoint(EndpointName).config = EndpointConfigName;
    return { EndpointArn: ARN("endpoint", EndpointName) };
  });
  sm.on(DeleteEndpointCommand).callsFake(({ EndpointName }) => {
    endpoint(EndpointName);
    endpoints.delete(EndpointName);
    return {};
  });
  sm.on(CreateEndpointCommand).callsFake(({ EndpointName, EndpointConfigName, Tags }) => {
    endpoints.set(EndpointName, {
      config: EndpointConfigName,
      tags: Object.fromEntries((Tags ?? []).map((t: { Key: string; Value: string }) => [t.Key, t.Value])),
    });
    return { EndpointArn: ARN("endpoint", EndpointName) };
  });
  sm.on(CreateEndpointConfigCommand).callsFake(({ EndpointConfigName, KmsKeyId }) => {
    if (configs.has(EndpointConfigName))
      throw fail("ValidationException", "Cannot create already existing endpoint configuration");
    configs.set(EndpointConfigName, { KmsKeyId, created: configs.size + 1 });
    return { EndpointConfigArn: ARN("endpoint-config", EndpointConfigName) };
  });
  kms.on(DescribeKeyCommand).callsFake(({ KeyId }) => {
    if (KeyId !== KMS_KEY) throw fail("NotFoundException", `Key '${KeyId}' does not exist`);
    return { KeyMetadata: { KeyId, KeyState: "Enabled" } };
  });
  return {
    restore: () => {
      sm.restore();
      kms.restore();
    },
  };
}

export function fakeSecretsManager() {
  const sm = mockClient(SecretsManagerClient);
  const versions: { id: string; value: string; stages: string[] }[] = [
    { id: "v1", value: "s3cret-1", stages: ["AWSCURRENT"] },
  ];
  const secret = (id: string) => {
    if (id !== "llm-api-key")
      throw fail("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
  };
  sm.on(ListSecretsCommand).resolves({ SecretList: [{ Name: "llm-api-key", ARN: "llm-api-key" }] });
  sm.on(DescribeSecretCommand).callsFake(({ SecretId }) => {
    secret(SecretId);
    return {
      Name: SecretId,
      VersionIdsToStages: Object.fromEntries(versions.filter((v) => v.stages.length).map((v) => [v.id, [...v.stages]])),
    };
  });
  sm.on(ListSecretVersionIdsCommand).callsFake(() => ({
    Versions: versions.map((v, i) => ({ VersionId: v.id, CreatedDate: new Date(i * 1000) })),
  }));
  sm.on(GetRandomPasswordCommand).callsFake(() => ({ RandomPassword: `random-${versions.length}` }));
  sm.on(GetSecretValueCommand).callsFake(({ VersionStage }) => ({
    SecretString: versions.find((v) => v.stages.includes(VersionStage ?? "AWSCURRENT"))?.value,
  }));
  sm.on(PutSecretValueCommand).callsFake(({ ClientRequestToken, SecretString, VersionStages }) => {
    versions.push({ id: ClientRequestToken, value: SecretString, stages: [...(VersionStages ?? ["AWSCURRENT"])] });
    return { VersionId: ClientRequestToken };
  });
  sm.on(UpdateSecretVersionStageCommand).callsFake(({ VersionStage, MoveToVersionId, RemoveFromVersionId }) => {
    if (MoveToVersionId && !versions.some((v) => v.id === MoveToVersionId))
      throw fail("ResourceNotFoundException", "no version");
    for (const v of versions) {
      if (v.id === RemoveFromVersionId) v.stages = v.stages.filter((s) => s !== VersionStage);
      // Moving AWSCURRENT makes the old current AWSPREVIOUS, as Secrets Manager does.
      if (VersionStage === "AWSCURRENT" && v.id === RemoveFromVersionId) {
        for (const w of versions) w.stages = w.stages.filter((s) => s !== "AWSPREVIOUS");
        v.stages.push("AWSPREVIOUS");
      }
    }
    const target = versions.find((v) => v.id === MoveToVersionId);
    if (target && !target.stages.includes(VersionStage)) target.stages.push(VersionStage);
    return {};
  });
  return {
    readValue: async () => versions.find((v) => v.stages.includes("AWSCURRENT"))?.value ?? "",
    restore: () => sm.restore(),
  };
}

export function fakeWaf() {
  const waf = mockClient(WAFV2Client);
  const sets = new Map<string, { list: string[]; lock: number }>();
  waf.on(GetRegexPatternSetCommand).callsFake(({ Name }) => {
    const set = sets.get(Name) ?? { list: [], lock: 0 };
    sets.set(Name, set);
    return {
      RegexPatternSet: { Name, RegularExpressionList: set.list.map((RegexString) => ({ RegexString })) },
      LockToken: String(set.lock),
    };
  });
  waf.on(UpdateRegexPatternSetCommand).callsFake(({ Name, LockToken, RegularExpressionList }) => {
    const set = sets.get(Name) ?? { list: [], lock: 0 };
    if (String(set.lock) !== LockToken) throw fail("WAFOptimisticLockException", "stale lock token");
    sets.set(Name, {
      list: (RegularExpressionList ?? []).map((r: { RegexString: string }) => r.RegexString),
      lock: set.lock + 1,
    });
    return { NextLockToken: String(set.lock + 1) };
  });
  return { patterns: (name: string) => sets.get(name)?.list ?? [], restore: () => waf.restore() };
}

export function fakeSns() {
  const sns = mockClient(SNSClient);
  const delivered: { messageId: string; subject: string; text: string }[] = [];
  sns.on(PublishCommand).callsFake(({ Subject, Message }) => {
    const messageId = `msg-${delivered.length + 1}`;
    delivered.push({ messageId, subject: Subject ?? "", text: Message ?? "" });
    return { MessageId: messageId };
  });
  return { delivered, restore: () => sns.restore() };
}

export function fakeS3() {
  const s3 = mockClient(S3Client);
  type Bucket = { objects: Map<string, Uint8Array>; blocked: boolean | null; policy: string | null };
  const buckets = new Map<string, Bucket>([
    [
      "training-data",
      {
        objects: new Map([
          ["conversations/a.jsonl", Buffer.from('{"prompt":"hi"}\n')],
          ["conversations/b c.jsonl", Buffer.from('{"prompt":"ignore previous instructions"}\n')],
          ["models/readme.txt", Buffer.from("keep")],
        ]),
        blocked: null,
        policy: null,
      },
    ],
  ]);
  const bucket = (name: string | undefined) => {
    const found = buckets.get(name ?? "");
    if (!found) throw fail("NoSuchBucket", "The specified bucket does not exist");
    return found;
  };
  s3.on(ListBucketsCommand).callsFake(() => ({ Buckets: [...buckets.keys()].map((Name) => ({ Name })) }));
  s3.on(GetPublicAccessBlockCommand).callsFake(({ Bucket }) => {
    const b = bucket(Bucket);
    if (b.blocked === null) throw fail("NoSuchPublicAccessBlockConfiguration", "none");
    const v = b.blocked;
    return {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: v,
        IgnorePublicAcls: v,
        BlockPublicPolicy: v,
        RestrictPublicBuckets: v,
      },
    };
  });
  s3.on(PutPublicAccessBlockCommand).callsFake(({ Bucket, PublicAccessBlockConfiguration: c }) => {
    bucket(Bucket).blocked = Boolean(
      c?.BlockPublicAcls && c.IgnorePublicAcls && c.BlockPublicPolicy && c.RestrictPublicBuckets,
    );
    return {};
  });
  s3.on(DeletePublicAccessBlockCommand).callsFake(({ Bucket }) => {
    bucket(Bucket).blocked = null;
    return {};
  });
  s3.on(ListObjectsV2Command).callsFake(({ Bucket, Prefix }) => ({
    Contents: [...bucket(Bucket).objects.keys()].filter((k) => k.startsWith(Prefix ?? "")).map((Key) => ({ Key })),
  }));
  s3.on(CopyObjectCommand).callsFake(({ Bucket, Key, CopySource }) => {
    const slash = (CopySource ?? "").indexOf("/");
    const from = bucket(CopySource?.slice(0, slash));
    const body = from.objects.get(decodeURIComponent(CopySource?.slice(slash + 1) ?? ""));
    if (!body) throw fail("NoSuchKey", "The specified key does not exist.");
    bucket(Bucket).objects.set(Key ?? "", body);
    return {};
  });
  s3.on(DeleteObjectCommand).callsFake(({ Bucket, Key }) => {
    bucket(Bucket).objects.delete(Key ?? "");
    return {};
  });
  s3.on(GetBucketPolicyCommand).callsFake(({ Bucket }) => {
    const policy = bucket(Bucket).policy;
    if (!policy) throw fail("NoSuchBucketPolicy", "The bucket policy does not exist");
    return { Policy: policy };
  });
  s3.on(PutBucketPolicyCommand).callsFake(({ Bucket, Policy }) => {
    bucket(Bucket).policy = Policy ?? null;
    return {};
  });
  return {
    /** What a reader sees: readable keys, and object bytes (quarantined ones are denied by the bucket policy). */
    list: async (store: string) => [...bucket(store).objects.keys()].filter((k) => !k.startsWith("airr-quarantine/")),
    read: async (store: string, key: string) => {
      const body = key.startsWith("airr-quarantine/") ? undefined : bucket(store).objects.get(key);
      if (!body) throw fail("AccessDenied", `cannot read ${key}`);
      return body;
    },
    restore: () => s3.restore(),
  };
}
