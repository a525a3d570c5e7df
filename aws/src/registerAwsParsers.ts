import type { AlertParser, Registry } from "@airr/core";
import { fromEventBridgeAlarm } from "./parsers/fromEventBridgeAlarm.js";
import { fromLambdaAlarmAction } from "./parsers/fromLambdaAlarmAction.js";
import { fromSnsCloudWatchAlarm } from "./parsers/fromSnsCloudWatchAlarm.js";
import { fromSnsCompositeAlarm } from "./parsers/fromSnsCompositeAlarm.js";

/** Every AWS alert parser, most specific first (composite before metric: both come through SNS). */
export const awsAlertParsers: readonly AlertParser[] = [
  fromSnsCompositeAlarm,
  fromSnsCloudWatchAlarm,
  fromEventBridgeAlarm,
  fromLambdaAlarmAction,
];

/**
 * Adds the AWS parsers to a registry (core's `alertParsers`), so `--cloud auto` recognizes
 * CloudWatch payloads. Core never imports this package; the CLI and the Lambda call this.
 * Registering twice is a no-op.
 */
export function registerAwsParsers(registry: Registry<AlertParser>): Registry<AlertParser> {
  for (const parser of awsAlertParsers) if (!registry.has(parser.source)) registry.register(parser.source, parser);
  return registry;
}
