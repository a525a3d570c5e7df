import type { Notification, Notifier } from "@airr/core";
import type { SNSClient } from "@aws-sdk/client-sns";
import { type AwsPortOptions, once } from "./awsSdk.js";

const loadSdk = once(() => import("@aws-sdk/client-sns"));
/** SNS email subjects: ASCII, no line breaks, at most 100 characters. */
const SUBJECT_MAX = 100;

export function snsSubject(message: Notification): string {
  const prefix = message.severity ? `[airr ${message.severity}] ` : "[airr] ";
  const ascii = `${prefix}${message.subject}`
    .replace(/[^\x20-\x7e]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return ascii.length <= SUBJECT_MAX ? ascii : `${ascii.slice(0, SUBJECT_MAX - 3)}...`;
}

/** Notifies through an SNS topic: a readable subject and body, then the incident as JSON. */
export class SnsNotifier implements Notifier {
  static readonly iamActions = ["sns:Publish"] as const;

  readonly #client: () => Promise<SNSClient>;

  constructor(readonly options: AwsPortOptions & { topicArn: string }) {
    this.#client = once(async () => new (await loadSdk()).SNSClient({ region: options.region }));
  }

  async send(message: Notification): Promise<{ messageId: string }> {
    const [sdk, client] = [await loadSdk(), await this.#client()];
    const body = message.data ? `${message.text}\n\n${JSON.stringify(message.data, null, 2)}` : message.text;
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
