import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { AirrError, type Incident, loadPolicies, type Policy, type Provider } from "@airr/core";
import { type Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { awsProvider } from "./awsProvider.js";
import { awsProviderConfigFromEnv } from "./awsProviderEnv.js";
import { once } from "./ports/awsSdk.js";
import { loadS3, loadSsm } from "./ports/sdkLoaders.js";

/** What the handler needs besides the event; tests pass their own. */
export interface HandlerDeps {
  provider: () => Promise<Provider>;
  policies: () => Promise<Policy[]>;
  mode: "apply" | "dry-run";
}

/**
 * The policy YAML, read at cold start: from the SSM parameter in `AIRR_POLICY_SSM_PARAMETER`, or
 * from `s3://bucket/key` in `AIRR_POLICY_S3_URI` (both change policies without a deploy), else the
 * file bundled next to the handler (`AIRR_POLICY_FILE`).
 */
async function policyText(env: Record<string, string | undefined>): Promise<{ text: string; file: string }> {
  const parameter = env["AIRR_POLICY_SSM_PARAMETER"];
  if (parameter) {
    const { GetParameterCommand, SSMClient } = await loadSsm();
    const out = await new SSMClient({}).send(new GetParameterCommand({ Name: parameter, WithDecryption: true }));
    return { text: out.Parameter?.Value ?? "", file: `ssm:${parameter}` };
  }
  const uri = env["AIRR_POLICY_S3_URI"];
  if (uri) {
    const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
    if (!match) throw new AirrError("InvalidConfiguration", `AIRR_POLICY_S3_URI is not s3://bucket/key: ${uri}`);
    const { GetObjectCommand, S3Client } = await loadS3();
    const out = await new S3Client({}).send(new GetObjectCommand({ Bucket: match[1], Key: match[2] }));
    return { text: (await out.Body?.transformToString("utf8")) ?? "", file: uri };
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = path.resolve(here, env["AIRR_POLICY_FILE"] ?? "policies.yaml");
  return { text: await readFile(file, "utf8"), file };
}

/** Deps from the Lambda environment, each built once per container (cold start) and reused. */
export function depsFromEnv(env: Record<string, string | undefined> = process.env): HandlerDeps {
  return {
    provider: once(async () => awsProvider(awsProviderConfigFromEnv(env))),
    policies: once(async () => {
      const { text, file } = await policyText(env);
      return loadPolicies(text, file);
    }),
    mode: env["AIRR_MODE"] === "dry-run" ? "dry-run" : "apply",
  };
}

/** EMF metrics: incidents, actions by decision, failures. Dimensions stay low-cardinality. */
export function recordIncident(metrics: Metrics, incident: Incident): void {
  metrics.addMetric("Incidents", MetricUnit.Count, 1);
  for (const decision of incident.decisions) {
    const single = metrics.singleMetric();
    single.addDimension("decision", decision.outcome);
    single.addMetric("Actions", MetricUnit.Count, 1);
    if (decision.outcome === "failed") metrics.addMetric("ActionFailures", MetricUnit.Count, 1);
  }
}

/** What is safe to log about an incident: ids and outcomes, never before/after state or params. */
export function incidentSummary(incident: Incident) {
  return {
    incidentId: incident.id,
    status: incident.status,
    alertId: incident.alert.alertId,
    policies: incident.policies,
    decisions: incident.decisions.map((d) => ({
      action: d.action.action,
      target: d.action.target,
      outcome: d.outcome,
      error: d.error?.code,
    })),
  };
}
