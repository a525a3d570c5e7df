import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { AWS_ENV, STATE_TABLE } from "@airr/aws";
import { Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as events from "aws-cdk-lib/aws-events";
import * as eventTargets from "aws-cdk-lib/aws-events-targets";
import * as iam from "aws-cdk-lib/aws-iam";
import * as kms from "aws-cdk-lib/aws-kms";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import * as logs from "aws-cdk-lib/aws-logs";
import * as sns from "aws-cdk-lib/aws-sns";
import { LambdaSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import * as sqs from "aws-cdk-lib/aws-sqs";
import * as wafv2 from "aws-cdk-lib/aws-wafv2";
import { Construct } from "constructs";
import type { AirrConfig } from "./airrConfig.js";
import { endpointAlarms, ownMetricAlarms } from "./alarms.js";
import { handlerCode } from "./handlerCode.js";
import { portStatements } from "./portPermissions.js";

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root: the function is bundled from aws/src with the workspace's lock file. */
const repoRoot = path.resolve(here, "../../..");
/** Fifteen minutes is Lambda's ceiling; SageMaker waits stop a minute earlier so the result is logged. */
const FUNCTION_TIMEOUT = Duration.minutes(15);

export interface AirrRemediationProps {
  config: AirrConfig;
  /** Absolute path of the policy YAML to bundle (resolved by the stack from `config.policyFile`). */
  policyPath: string;
}

/**
 * airr's remediation loop on AWS: CloudWatch alarms -> SNS -> the airr Lambda (retries, then an
 * SQS dead-letter queue), the DynamoDB state table, WAF regex pattern sets for `block-prompt`,
 * alarms on SageMaker endpoints and on airr's own metrics, a dashboard, and an IAM role that
 * grants exactly what the configured ports declare.
 */
// One construct (about 200 lines): its resources reference each other (topic key, role, table,
// queue, function, alarms); alarms live in alarms.ts and IAM in portPermissions.ts already.
export class AirrRemediation extends Construct {
  readonly alarmTopic: sns.Topic;
  readonly notificationTopic: sns.Topic;
  readonly table: dynamodb.Table;
  readonly deadLetterQueue: sqs.Queue;
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly patternSets: wafv2.CfnRegexPatternSet[];

  constructor(scope: Construct, id: string, props: AirrRemediationProps) {
    super(scope, id);
    const { config } = props;
    const stack = Stack.of(this);

    const key = new kms.Key(this, "TopicKey", { enableKeyRotation: true, description: "airr SNS topics" });
    // CloudWatch publishes alarm notifications to the encrypted topic.
    key.grant(new iam.ServicePrincipal("cloudwatch.amazonaws.com"), "kms:Decrypt", "kms:GenerateDataKey*");
    this.alarmTopic = new sns.Topic(this, "AlarmTopic", {
      masterKey: key,
      enforceSSL: true,
      displayName: "airr alarms",
    });
    this.notificationTopic = new sns.Topic(this, "NotificationTopic", {
      masterKey: key,
      enforceSSL: true,
      displayName: "airr incidents",
    });

    this.table = new dynamodb.Table(this, "StateTable", {
      partitionKey: { name: STATE_TABLE.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: STATE_TABLE.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: STATE_TABLE.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      // The audit log outlives the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: STATE_TABLE.byKindIndex.name,
      partitionKey: { name: STATE_TABLE.byKindIndex.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: STATE_TABLE.byKindIndex.sortKey, type: dynamodb.AttributeType.STRING },
    });

    this.deadLetterQueue = new sqs.Queue(this, "DeadLetterQueue", {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
    });

    this.patternSets = Array.from(
      { length: config.wafPatternSets },
      (_, i) =>
        new wafv2.CfnRegexPatternSet(this, `PromptPatternSet${i + 1}`, {
          name: `${stack.stackName}-prompts-${i + 1}`,
          scope: config.wafScope,
          regularExpressionList: [],
          description: `airr prompt blocklist ${i + 1}, filled by block-prompt, referenced from your web ACL`,
        }),
    );

    this.role = new iam.Role(this, "FunctionRole", {
      assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com"),
      description: "airr remediation: exactly the actions its configured ports declare",
    });
    const logGroup = new logs.LogGroup(this, "FunctionLogs", {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    logGroup.grantWrite(this.role);
    for (const statement of portStatements(stack, config, {
      tableArn: this.table.tableArn,
      patternSetArns: this.patternSets.map((s) => s.attrArn),
      notificationTopicArn: this.notificationTopic.topicArn,
    })) {
      this.role.addToPolicy(statement);
    }
    key.grant(this.role, "kms:Decrypt", "kms:GenerateDataKey*");
    if (config.policySsmParameter) {
      // Policies from SSM instead of the bundled file: read that one parameter only.
      const name = config.policySsmParameter.replace(/^\//, "");
      this.role.addToPolicy(
        new iam.PolicyStatement({
          sid: "AirrPolicyParameter",
          actions: ["ssm:GetParameter"],
          resources: [stack.formatArn({ service: "ssm", resource: "parameter", resourceName: name })],
        }),
      );
    }

    this.function = new lambda.Function(this, "Function", {
      code: handlerCode(repoRoot, props.policyPath),
      handler: "index.handler",
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 512,
      timeout: FUNCTION_TIMEOUT,
      role: this.role,
      logGroup,
      retryAttempts: 2,
      onFailure: new SqsDestination(this.deadLetterQueue),
      environment: {
        [AWS_ENV.tableName]: this.table.tableName,
        [AWS_ENV.endpoints]: config.endpoints.join(","),
        [AWS_ENV.secrets]: config.secretArns.join(","),
        [AWS_ENV.buckets]: config.bucketNames.join(","),
        [AWS_ENV.kmsKeys]: config.kmsKeyArns.join(","),
        [AWS_ENV.wafPatternSets]: this.patternSets.map((s) => `${s.name}:${s.attrId}`).join(","),
        [AWS_ENV.notificationTopicArn]: this.notificationTopic.topicArn,
        [AWS_ENV.exemptPrincipalArns]: this.role.roleArn,
        [AWS_ENV.maxWaitSeconds]: String(FUNCTION_TIMEOUT.toSeconds() - 60),
        AIRR_MODE: config.mode,
        AIRR_POLICY_FILE: "policies.yaml",
        ...(config.policySsmParameter ? { AIRR_POLICY_SSM_PARAMETER: config.policySsmParameter } : {}),
        POWERTOOLS_SERVICE_NAME: "airr",
        POWERTOOLS_METRICS_NAMESPACE: "airr",
      },
    });
    this.alarmTopic.addSubscription(new LambdaSubscription(this.function));
    // Alarms may also invoke the function directly (the Lambda alarm action).
    this.function.addPermission("AlarmAction", {
      principal: new iam.ServicePrincipal("lambda.alarms.cloudwatch.amazonaws.com"),
      sourceAccount: stack.account,
    });

    if (config.alarmRulePrefixes.length > 0) this.#alarmRule(config.alarmRulePrefixes);

    const action = new SnsAction(this.alarmTopic);
    const alarms = [...endpointAlarms(this, config), ...ownMetricAlarms(this, config)];
    for (const alarm of alarms) {
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
    this.#dashboard(alarms);
  }

  // EventBridge delivers at least once, like SNS: the engine's claims make a repeat a no-op, and
  // failed deliveries land in the same dead-letter queue as failed invocations.
  #alarmRule(prefixes: string[]): void {
    const names = prefixes.map((p) => events.Match.prefix(p));
    const everyAlarm = prefixes.includes("*");
    new events.Rule(this, "AlarmStateRule", {
      description: "CloudWatch alarm ALARM/OK transitions to the airr function",
      eventPattern: {
        source: ["aws.cloudwatch"],
        detailType: ["CloudWatch Alarm State Change"],
        detail: {
          ...(everyAlarm ? {} : { alarmName: names.length === 1 ? names[0] : events.Match.anyOf(...names) }),
          state: { value: ["ALARM", "OK"] },
        },
      },
      targets: [
        new eventTargets.LambdaFunction(this.function, {
          deadLetterQueue: this.deadLetterQueue,
          retryAttempts: 2,
          maxEventAge: Duration.hours(2),
        }),
      ],
    });
  }

  #dashboard(alarms: cloudwatch.Alarm[]): void {
    const dashboard = new cloudwatch.Dashboard(this, "Dashboard", { defaultInterval: Duration.hours(6) });
    dashboard.addWidgets(
      ...alarms.map((alarm) => new cloudwatch.AlarmWidget({ alarm, title: alarm.node.id, width: 8 })),
      new cloudwatch.GraphWidget({
        title: "airr function",
        left: [this.function.metricInvocations(), this.function.metricErrors()],
        right: [this.function.metricDuration({ statistic: "p99" })],
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: "dead-letter queue",
        left: [this.deadLetterQueue.metricApproximateNumberOfMessagesVisible()],
        width: 12,
      }),
    );
  }
}
