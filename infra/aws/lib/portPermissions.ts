import { AWS_PORTS } from "@airr/aws";
import { ArnFormat, type Stack } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { AirrConfig } from "./airrConfig.js";

/** The ports a configuration turns on (the same rule `awsProvider` applies at run time). */
export function configuredPorts(config: AirrConfig): (keyof typeof AWS_PORTS)[] {
  return [
    "state",
    ...(config.endpoints.length ? (["endpoints"] as const) : []),
    ...(config.endpoints.length && config.kmsKeyArns.length ? (["encryption"] as const) : []),
    ...(config.secretArns.length ? (["secrets"] as const) : []),
    ...(config.wafPatternSets > 0 ? (["blocklist"] as const) : []),
    ...(config.bucketNames.length ? (["data"] as const) : []),
    "notifier",
  ];
}

/** Every IAM action the configured ports declare, each once. */
export function declaredActions(config: AirrConfig): string[] {
  return [...new Set(configuredPorts(config).flatMap((p) => [...AWS_PORTS[p].iamActions]))].sort();
}

export interface PortResources {
  tableArn: string;
  patternSetArns: string[];
  notificationTopicArn: string;
}

/**
 * IAM statements granting exactly the declared actions, each scoped to the resources the
 * configuration names (by service prefix); only actions IAM cannot scope get `*`.
 */
export function portStatements(scope: Stack, config: AirrConfig, resources: PortResources): PolicyStatement[] {
  const unscoped = new Set<string>(configuredPorts(config).flatMap((p) => [...AWS_PORTS[p].unscopedActions]));
  const sagemaker = (resource: string, name: string) =>
    scope.formatArn({ service: "sagemaker", resource, resourceName: name, arnFormat: ArnFormat.SLASH_RESOURCE_NAME });
  const byService: Record<string, string[]> = {
    sagemaker: [
      ...config.endpoints.map((e) => sagemaker("endpoint", e.toLowerCase())),
      // Rollback targets and CMEK copies are configs airr does not name in advance.
      sagemaker("endpoint-config", "*"),
    ],
    kms: config.kmsKeyArns,
    secretsmanager: config.secretArns,
    wafv2: resources.patternSetArns,
    dynamodb: [resources.tableArn, `${resources.tableArn}/index/*`],
    s3: config.bucketNames.flatMap((b) => [`arn:${scope.partition}:s3:::${b}`, `arn:${scope.partition}:s3:::${b}/*`]),
    sns: [resources.notificationTopicArn],
  };
  const statements: PolicyStatement[] = [];
  const actions = declaredActions(config);
  const scopedByService = new Map<string, string[]>();
  for (const action of actions) {
    if (unscoped.has(action)) continue;
    const service = action.split(":")[0] as string;
    scopedByService.set(service, [...(scopedByService.get(service) ?? []), action]);
  }
  for (const [service, list] of scopedByService) {
    const targets = byService[service] ?? [];
    if (targets.length === 0) continue;
    statements.push(
      new PolicyStatement({ sid: `Airr${service.replace(/[^a-z0-9]/gi, "")}`, actions: list, resources: targets }),
    );
  }
  const wide = actions.filter((a) => unscoped.has(a));
  if (wide.length) statements.push(new PolicyStatement({ sid: "AirrListing", actions: wide, resources: ["*"] }));
  return statements;
}
