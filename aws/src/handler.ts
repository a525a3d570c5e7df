import { AlertParseError, alertParsers, parseAlerts, respond } from "@airr/core";
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { depsFromEnv, type HandlerDeps, incidentSummary, recordIncident } from "./handlerRuntime.js";
import { registerAwsParsers } from "./registerAwsParsers.js";

const logger = new Logger({ serviceName: "airr" });
const metrics = new Metrics({ namespace: "airr", serviceName: "airr" });
registerAwsParsers(alertParsers);

export type HandlerResult =
  | { status: "ignored"; code: string }
  | { status: "handled"; incidents: { id: string; status: string }[] };

/** parse -> respond -> result. Unparseable: logged and acknowledged. A failed action: thrown, so Lambda retries, then the DLQ. */
export async function handle(event: unknown, deps: HandlerDeps): Promise<HandlerResult> {
  let alerts: ReturnType<typeof parseAlerts>;
  try {
    alerts = parseAlerts(event, { cloud: "aws" });
  } catch (error) {
    if (!(error instanceof AlertParseError)) throw error;
    logger.warn("unparseable alert acknowledged", { code: error.code, where: error.where, reason: error.message });
    metrics.addMetric("UnparseableAlerts", MetricUnit.Count, 1);
    return { status: "ignored", code: error.code };
  }
  const [provider, policies] = [await deps.provider(), await deps.policies()];
  const incidents = [];
  for (const alert of alerts) {
    const incident = await respond(alert, policies, provider, { mode: deps.mode, initiator: "function:aws" });
    logger.info("incident", incidentSummary(incident));
    recordIncident(metrics, incident);
    incidents.push(incident);
  }
  const failed = incidents.filter((i) => i.status === "failed");
  if (failed.length > 0)
    throw new Error(`airr: actions failed in ${failed.map((i) => i.id).join(", ")}; Lambda retries, then the DLQ`);
  return { status: "handled", incidents: incidents.map((i) => ({ id: i.id, status: i.status })) };
}

const deps = depsFromEnv();
/** The Lambda entry (`handler`): one event, metrics flushed whatever happens. */
export async function handler(event: unknown): Promise<HandlerResult> {
  try {
    return await handle(event, deps);
  } finally {
    metrics.publishStoredMetrics();
  }
}
