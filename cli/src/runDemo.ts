import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Incident, loadPolicies, parseAlerts, parseUntrustedJson, respond } from "@airr/core";
import { LocalCloud } from "@airr/local";
import { readUserFile } from "./inputs.js";
import { renderDecisions, renderTimeline } from "./renderIncident.js";

const ALERT_FILE = fileURLToPath(new URL("../../examples/alerts/fraud-model-drift.json", import.meta.url));
const POLICY_FILE = fileURLToPath(new URL("../../examples/policies/airr-policies.yaml", import.meta.url));

export interface DemoResult {
  dir: string;
  first: Incident;
  second: Incident;
}

/**
 * The demo: seed a local cloud, deliver the example drift alert with the example policies (apply),
 * print the timeline, then deliver the same alert again and show it skipped as a duplicate.
 */
export async function runDemo(dirFlag: string | undefined, print: (text: string) => void): Promise<DemoResult> {
  const dir = dirFlag === undefined ? await mkdtemp(join(tmpdir(), "airr-demo-")) : resolve(dirFlag);
  const now = new Date();
  const cloud = await LocalCloud.init({ dir, now: now.toISOString(), force: dirFlag !== undefined });
  const [template] = parseAlerts(parseUntrustedJson(await readUserFile(ALERT_FILE, "demo alert")));
  if (!template) throw new Error("the demo alert file holds no alert");
  const alert = { ...template, firedAt: new Date(now.getTime() - 60_000).toISOString() };
  const policies = loadPolicies(await readUserFile(POLICY_FILE, "demo policies"), POLICY_FILE);
  const serving = async () => (await cloud.endpoints.get("fraud-detector"))?.currentVersion ?? "-";

  print(`airr demo — local cloud in ${dir}\n\n`);
  print(
    `1. fraud-detector serves ${await serving()}. Alert "${alert.alertName}" fires (${alert.labels["drift_share"] ?? "?"} of features drifted).\n`,
  );
  const first = await respond(alert, policies, cloud, {
    mode: "apply",
    initiator: "cli:demo",
    onProgress: (m) => print(`   … ${m}\n`),
  });
  print(`\n2. Policy ${first.policies.join(", ")} answered it:\n\n${renderDecisions(first.decisions)}\n\n`);
  print(renderTimeline(first, await cloud.state.readAudit(first.id)));
  print(
    `\n   fraud-detector now serves ${await serving()} (verified: ${first.decisions[0]?.verification?.detail ?? "-"}).\n`,
  );

  print(`\n3. The same alert is delivered again:\n\n`);
  const second = await respond(alert, policies, cloud, { mode: "apply", initiator: "cli:demo" });
  print(`${renderDecisions(second.decisions)}\n\n`);
  print(`Nothing changed the second time. Explore:\n`);
  print(`  airr incidents show ${first.id} --state-dir ${dir}\n`);
  print(`  airr undo ${first.id} --state-dir ${dir} --apply\n`);
  print(`  airr local show --dir ${dir}\n`);
  return { dir, first, second };
}
