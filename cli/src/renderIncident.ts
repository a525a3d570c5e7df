import type { AuditEntry, Decision, Incident } from "@airr/core";
import { formatTable } from "./output.js";

const clip = (text: string, max = 70): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const time = (iso: string): string => iso.slice(11, 23);

/** One line per decision (what, on what, what happened, why), then each change in full. */
export function renderDecisions(decisions: readonly Decision[]): string {
  const table = formatTable(
    ["#", "ACTION", "TARGET", "OUTCOME", "WHY"],
    decisions.map((d, i) => [i + 1, d.action.action, d.action.target, d.outcome, clip(d.reason)]),
  );
  // The exact change is the point of a dry-run or an approval: never clip it.
  const changes = decisions
    .map((d, i) => (d.change === null ? null : `  #${i + 1} ${d.change}`))
    .filter((line): line is string => line !== null);
  return changes.length > 0 ? `${table}\n\nChanges:\n${changes.join("\n")}` : table;
}

/** The incident header and its decisions (`airr respond`, `airr approve`). */
export function renderIncident(incident: Incident): string {
  const a = incident.alert;
  const lines = [
    `Incident ${incident.id}  [${incident.status}]  mode: ${incident.mode}`,
    `Alert    ${a.alertName} (${a.state}, severity ${a.severity ?? "-"}) on ${a.resourceId ?? "-"}  id ${a.alertId}`,
    `Policies ${incident.policies.join(", ") || "(none matched)"}`,
  ];
  if (incident.decisions.length > 0) lines.push("", renderDecisions(incident.decisions));
  if (incident.mode === "dry-run" && incident.decisions.some((d) => d.outcome === "dry-run")) {
    lines.push("", "Dry-run: nothing was changed. Re-run with --apply to act.");
  }
  const waiting = incident.decisions.filter((d) => d.outcome === "awaiting-approval");
  if (waiting.length > 0) lines.push("", `Awaiting approval: airr approve ${incident.id} --apply`);
  return `${lines.join("\n")}\n`;
}

const phaseMark: Record<AuditEntry["phase"], string> = { intent: "→", outcome: "✓", note: "·" };

function describeEntry(entry: AuditEntry): string {
  const d = entry.detail as Record<string, unknown>;
  const target = entry.actionKey?.split("|").slice(1).join(" on ") ?? "";
  switch (entry.event) {
    case "opened":
      return `alert ${String(d.alertName)} (${String(d.state)}) matched ${(d.policies as string[] | undefined)?.join(", ") || "no policy"}`;
    case "execute":
      return `intent: ${String(d.change)}`;
    case "acted":
      return `acted: ${target}`;
    case "executed":
      return `verified: ${target}: ${String((d.verification as { detail?: string } | undefined)?.detail ?? "")}`;
    case "failed":
      return `FAILED: ${target}: ${String((d.verification as { detail?: string } | undefined)?.detail ?? (d.error as { message?: string } | undefined)?.message ?? "")}`;
    case "escalated":
      return `escalated: ${String(d.note)}`;
    case "approved":
      return `approved by ${String(d.by)}: ${target}`;
    case "undo":
      return `undo intent: ${String(d.change)}`;
    case "undone":
    case "undo-failed":
      return `${entry.event}: ${target}: ${String(d.detail ?? d.error ?? "")}`;
    case "closed":
      return `incident ${String(d.status)}`;
    default:
      return `${entry.event}${target ? `: ${target}` : ""}`;
  }
}

/** The incident as a timeline from its audit entries (`airr incidents show`, the demo). */
export function renderTimeline(incident: Incident, audit: readonly AuditEntry[]): string {
  const events: [string, string][] = [];
  const { alert } = incident;
  if (alert.firedAt) events.push([alert.firedAt, `! alert fired: ${alert.alertName} on ${alert.resourceId ?? "-"}`]);
  for (const entry of audit) events.push([entry.at, `${phaseMark[entry.phase]} ${describeEntry(entry)}`]);
  // Skips leave no audit entry of their own; show them from the decisions.
  for (const d of incident.decisions.filter((x) => x.outcome !== "executed" && x.outcome !== "failed")) {
    events.push([d.startedAt, `· ${d.action.action} on ${d.action.target}: ${d.outcome} (${d.reason})`]);
  }
  events.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [`Timeline of ${incident.id} (UTC)`, ...events.map(([at, text]) => `  ${time(at)}  ${text}`)];
  return `${lines.join("\n")}\n`;
}
