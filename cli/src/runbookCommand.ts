import {
  AirrError,
  automatedSteps,
  type Incident,
  type Provider,
  parseAlerts,
  RUNBOOK_PHASE_TITLES,
  RUNBOOK_PHASES,
  type Runbook,
  renderRunbookMarkdown,
  respond,
  runbookAlertName,
  runbookPolicies,
} from "@airr/core";
import { LocalCloud, resolveStateDir } from "@airr/local";
import { EXIT } from "./exitCodes.js";
import { formatTable, printJson, reportError } from "./output.js";
import { loadCatalogue, loadRunbook, loadRunbooks, runbooksDir } from "./runbookFiles.js";
import { formatRunbookRun } from "./runbookRunOutput.js";

export interface Common {
  json?: boolean;
  runbooks?: string;
}
export interface RunOptions extends Common {
  target?: string;
  set: string[];
  step?: string;
  apply?: boolean;
  dir?: string;
  stateDir?: string;
}

function parseSets(sets: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of sets) {
    const eq = item.indexOf("=");
    if (eq <= 0) {
      throw new AirrError("InvalidInput", `--set expects NAME=VALUE, got "${item}"`, {
        where: "--set",
        hint: "e.g. --set pattern='ignore previous instructions'",
      });
    }
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/** Fails before any step when the target does not exist in the provider. */
async function assertTarget(provider: Provider, runbook: Runbook, target: string): Promise<void> {
  const kind = runbook.target.kind;
  const port = kind === "endpoint" ? provider.endpoints : kind === "secret" ? provider.secrets : provider.data;
  if (port === undefined)
    throw new AirrError("MissingPort", `the ${provider.cloud} provider has no ${kind}s`, { where: "--target" });
  const exists =
    kind === "endpoint"
      ? (await provider.endpoints?.get(target)) != null
      : kind === "secret"
        ? (await provider.secrets?.get(target)) != null
        : (await provider.data?.getPublicAccess(target)) != null;
  if (!exists) {
    throw new AirrError("TargetNotFound", `no ${kind} "${target}" in the ${provider.cloud} cloud`, {
      where: "--target",
      hint: `runbook ${runbook.name} targets a ${kind}; known: ${(await port.list()).join(", ") || "none"}`,
    });
  }
}

async function run(name: string, options: RunOptions): Promise<{ runbook: Runbook; incident: Incident }> {
  const runbook = loadRunbook(runbooksDir(options.runbooks), name);
  if (options.target === undefined || options.target === "") {
    throw new AirrError("MissingTarget", `runbook ${name} needs --target`, {
      where: "--target",
      hint: `the ${runbook.target.kind} to act on: ${runbook.target.description}`,
    });
  }
  // Validate everything (step, inputs, policies) before touching the cloud.
  const policies = runbookPolicies(runbook, {
    target: options.target,
    inputs: parseSets(options.set),
    ...(options.step ? { step: options.step } : {}),
  });
  const provider = LocalCloud.open({ dir: resolveStateDir(options.stateDir ?? options.dir) });
  await assertTarget(provider, runbook, options.target);
  const now = new Date().toISOString();
  const [alert] = parseAlerts({
    alertName: runbookAlertName(name),
    // One response per run: a later run of the same runbook is a new incident, not a duplicate.
    alertId: `runbook:${name}/${options.target}@${now}`,
    state: "firing",
    severity: runbook.severity,
    resourceId: options.target,
    firedAt: now,
    labels: { runbook: name },
  });
  if (alert === undefined) throw new Error("the runbook alert parsed to nothing");
  const incident = await respond(alert, policies, provider, {
    mode: options.apply === true ? "apply" : "dry-run",
    initiator: `runbook:${name}`,
    onProgress: (m) => process.stderr.write(`${m}\n`),
  });
  return { runbook, incident };
}

/** `airr runbook list`. */
export function listRunbooks(options: Common): void {
  try {
    const all = loadRunbooks(runbooksDir(options.runbooks));
    const rows = all.map((r) => ({
      name: r.name,
      severity: r.severity,
      target: r.target.kind,
      automated: automatedSteps(r).length,
      title: r.title,
    }));
    if (options.json === true) printJson(rows);
    else
      process.stdout.write(
        `${formatTable(
          ["NAME", "SEVERITY", "TARGET", "AUTOMATED", "TITLE"],
          rows.map((r) => [r.name, r.severity, r.target, r.automated, r.title]),
        )}\n`,
      );
  } catch (error) {
    process.exitCode = reportError(error, options.json === true);
  }
}

/** `airr runbook show NAME`. */
export function showRunbook(name: string, options: Common): void {
  try {
    const dir = runbooksDir(options.runbooks);
    const found = loadRunbook(dir, name);
    if (options.json === true) printJson(found);
    else process.stdout.write(renderRunbookMarkdown(found, loadCatalogue(dir)));
  } catch (error) {
    process.exitCode = reportError(error, options.json === true);
  }
}

/** `airr runbook run NAME --target ID`. */
export async function runRunbook(name: string, options: RunOptions): Promise<void> {
  const json = options.json === true;
  try {
    const { runbook: rb, incident } = await run(name, options);
    const checklist = RUNBOOK_PHASES.flatMap((phase) =>
      rb.phases[phase].map((s) => ({
        phase: RUNBOOK_PHASE_TITLES[phase],
        step: s.id,
        title: s.title,
        owner: s.owner,
        checks: s.checks,
        automated: s.automation?.action !== undefined,
      })),
    );
    if (json) printJson({ runbook: rb.name, target: options.target, mode: incident.mode, incident, checklist });
    else process.stdout.write(formatRunbookRun(rb, incident, options.step));
    process.exitCode = incident.decisions.some((d) => d.outcome === "failed") ? EXIT.failure : EXIT.ok;
  } catch (error) {
    process.exitCode = reportError(error, json);
  }
}
