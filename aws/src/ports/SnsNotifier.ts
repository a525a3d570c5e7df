import type { Notification, Notifier } from "@airr/core";
import type { SNSClient } from "@aws-sdk/client-sns";
import { type AwsPortOptions, once } from "./awsSdk.js";
import { loadSns } from "./sdkLoaders.js";

/** SNS email subjects: ASCII, no line breaks, at most 100 characters. */
const SUBJECT_MAX = 100;

/** Separates the readable body from the incident JSON in the SNS message. */
export const DATA_SEPARATOR = "\n\n-- incident (JSON) --\n";

export function snsSubject(message: Notification): string {
  const ascii = message.subject
    .replace(/[^\x20-\x7e]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return ascii.length <= SUBJECT_MAX ? ascii : `${ascii.slice(0, SUBJECT_MAX - 3)}...`;
}

/**
 * Notifies through an SNS topic: a readable subject and body, then the incident as JSON; severity
 * and incident id travel as message attributes, for subscription filter policies.
 */
export class SnsNotifier implements Notifier {
  static readonly iamActions = ["sns:Publish"] as const;
  static readonly unscopedActions = [] as const;

  readonly #client: () => Promise<SNSClient>;

  constructor(readonly options: AwsPortOptions & { topicArn: string }) {
    this.#client = once(async () => new (await loadSns()).SNSClient({ region: options.region }));
  }

  async send(message: Notification): Promise<{ messageId: string }> {
    const [sdk, client] = [await loadSns(), await this.#client()];
    const body = message.data
      ? `${message.text}${DATA_SEPARATOR}${JSON.stringify(message.data, null, 2)}`
      : message.text;
    const out = await client.send(
      new sdk.PublishCommand({
        TopicArn: this.options.topicArn,
        Subject: snsSubject(message),
        Message: body,
        MessageAttributes: {
          ...(message.incidentId ? { incidentId: { DataType: "String", StringValue: message.incidentId } } : {}),
          ...(message.severity ? { severity: { DataType: "String", StringValue: message.severity } } : {}),
        },
      }),
    );
    return { messageId: out.MessageId ?? "" };
  }
}
