import * as z from "zod";

/*
 * The SNS and EventBridge envelopes, field for field as @aws-lambda-powertools/parser's schemas
 * define them. Written here because those schemas `import { z } from "zod"`, which keeps all of zod
 * (443 KB minified, locales included) in the Lambda's entry chunk; a namespace import lets esbuild
 * keep only what these use (see bench/results/aws.md). test/aws/envelopes.test.ts checks they accept
 * and reject what Powertools' schemas do.
 */

const SnsMessageAttribute = z.object({ Type: z.string(), Value: z.string() });

/** `Sns` of a Lambda SNS record (Powertools' `SnsNotificationSchema`). */
export const SnsNotificationSchema = z.object({
  Subject: z.string().nullish(),
  TopicArn: z.string(),
  UnsubscribeUrl: z.url(),
  UnsubscribeURL: z.url().optional(),
  SigningCertUrl: z.url().optional(),
  SigningCertURL: z.url().optional(),
  Type: z.literal("Notification"),
  MessageAttributes: z.record(z.string(), SnsMessageAttribute).optional(),
  Message: z.string(),
  MessageId: z.string(),
  Signature: z.string().optional(),
  SignatureVersion: z.string().optional(),
  Timestamp: z.iso.datetime(),
});

/** A bare notification as SQS or an HTTP subscription receives it (Powertools' `SnsSqsNotificationSchema`). */
export const SnsSqsNotificationSchema = SnsNotificationSchema.extend({
  UnsubscribeURL: z.string().optional(),
  SigningCertURL: z.url().optional(),
}).omit({ UnsubscribeUrl: true, SigningCertUrl: true });

/** One record of Lambda's SNS event (Powertools' `SnsRecordSchema`). */
export const SnsRecordSchema = z.object({
  EventSource: z.literal("aws:sns"),
  EventVersion: z.string(),
  EventSubscriptionArn: z.string(),
  Sns: SnsNotificationSchema,
});

/** The EventBridge event envelope (Powertools' `EventBridgeSchema`). */
export const EventBridgeSchema = z.object({
  version: z.string(),
  id: z.string(),
  source: z.string(),
  account: z.string(),
  time: z.iso.datetime(),
  region: z.string(),
  resources: z.array(z.string()),
  "detail-type": z.string(),
  detail: z.unknown(),
  "replay-name": z.string().optional(),
});
