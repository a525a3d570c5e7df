import { type Incident, RUNBOOK_PHASE_TITLES, RUNBOOK_PHASES, type Runbook } from "@airr/core";

/**
 * The human output of `airr runbook run`: phase by phase, automated steps with the engine's
 * decision (or the exact change, in a dry-run), manual steps as a checklist with their owner.
 */
export function formatRunbookRun(runbook: Runbook, incident: Incident, only?: string): string {
  const out = [
    `Runbook ${runbook.name} on ${incident.alert.resourceId}: ${incident.mode === "dry-run" ? "DRY-RUN (nothing changed; add --apply to act)" : `applied, incident ${incident.id} (${incident.status})`}`,
  ];
  for (const phase of RUNBOOK_PHASES) {
    out.push("", `${RUNBOOK_PHASE_TITLES[phase]}:`);
    for (const step of runbook.phases[phase]) {
      const automated = step.automation?.action !== undefined;
      if (only !== undefined && step.id !== only) {
        if (automated) out.push(`  - ${step.id}: not selected (--step ${only})`);
        continue;
      }
      if (automated) {
        const decisions = incident.decisions.filter((d) => d.action.policy.endsWith(`-${step.id}`));
        for (const d of decisions) {
          const detail = d.change ?? d.verification?.detail ?? d.reason;
          out.push(
            `  [auto] ${step.id} (${step.owner}): ${d.action.action} on ${d.action.target}: ${d.outcome}: ${detail}`,
          );
        }
        if (decisions.length === 0) out.push(`  [auto] ${step.id} (${step.owner}): no decision (see the incident)`);
      } else {
        out.push(`  [ ] ${step.id} (${step.owner}): ${step.title}`);
      }
      for (const check of step.checks) out.push(`        [ ] ${check}`);
    }
  }
  return `${out.join("\n")}\n`;
}
